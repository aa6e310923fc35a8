#!/usr/bin/env node
// Runs the bundled CLI (dist/devmig.cjs, built by `npm run build` and on `npm ci`) with the V8
// code cache the build made, so a cold start skips compiling it; V8 ignores a cache made by
// another Node version and compiles as usual.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const filename = fileURLToPath(new URL('../dist/devmig.cjs', import.meta.url));
let cachedData;
try {
  cachedData = readFileSync(filename.replace(/\.cjs$/, '.cache'));
} catch {
  // No cache (a build in progress): compile as usual.
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(filename, 'utf8')}\n})`, { filename, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename));
// The build sets this once to write the cache, after a real run has compiled what a check uses.
const cacheOut = process.env.DEVMIG_CODE_CACHE_OUT;
if (cacheOut) process.once('exit', () => writeFileSync(cacheOut, script.createCachedData()));
