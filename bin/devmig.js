#!/usr/bin/env node
'use strict';
// Runs the bundled CLI (dist/devmig.cjs, built by `npm run build` and on `npm ci`) with the V8
// code cache the build made, so a cold start skips compiling it; V8 ignores a cache made by
// another Node version and compiles as usual. CommonJS (see package.json here): it starts faster.
// The libvirt hook runs other code than the other commands (the domain XML, collect), so it
// has a cache of its own, made by one real incoming migration: each start deserializes only
// what it runs.
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const filename = join(__dirname, '../dist/devmig.cjs');
let cachedData;
try {
  cachedData = readFileSync(join(__dirname, process.argv[2] === 'hook' ? '../dist/devmig-hook.cache' : '../dist/devmig.cache'));
} catch {
  // No cache (a build in progress): compile as usual.
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`, { filename, cachedData });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require, bundle, filename, dirname(filename));
// The build sets this once to write the cache, after a real run has compiled what a check uses.
const cacheOut = process.env.DEVMIG_CODE_CACHE_OUT;
if (cacheOut) process.once('exit', () => writeFileSync(cacheOut, script.createCachedData()));
