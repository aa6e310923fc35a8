// A large fleet's host indexes are read on two threads (src/matrix/host-index-reads.ts): the
// inventory must be exactly the one read on one thread, errors must name the same first bad
// host, and a helper that cannot start or fails part-way must leave no host unread.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { HOST_INDEX_NAME, writeProfiles } from '../src/collect/write-profiles.js';
import { InputError } from '../src/errors.js';
import { hostIndexReads, type HostIndexRead } from '../src/matrix/host-index-reads.js';
import { readInventory, type Inventory, type ReadInventoryOptions } from '../src/matrix/inventory.js';
import { profileFromAttributes } from '../src/read/read-profile.js';
import { ensureBuilt } from './helpers/build.js';
import { repoRoot } from './helpers/cli.js';
import { scratch } from './helpers/scratch.js';

ensureBuilt();
/** The helper as the library and the CLI start it (tests run the TypeScript source, which has none beside it). */
const HELPER = join(repoRoot, 'dist/host-index-worker.js');
const HOSTS = 600;
/**
 * Hosts per claim small enough that 600 hosts make 150 chunks, and a head start for the helper
 * (600 hosts take less time to read than a thread to start, and a busy machine may not run it
 * at all meanwhile): it has posted a chunk before the caller reads, both threads claim, and
 * each hits its run-ahead bound.
 */
const SMALL_CHUNKS: ReadInventoryOptions = { parallelFrom: 1, chunkHosts: 4, helper: HELPER, waitForHelper: true };
const ONE_THREAD: ReadInventoryOptions = { parallelFrom: Infinity };

/** Hosts as collect writes them (host index included), on 7 distinct profiles; every 50th host has no index and is walked. */
function fleet(): string {
  const dir = join(scratch('devmig-parallel-read-'), 'fleet');
  for (let h = 0; h < HOSTS; h++) {
    const host = join(dir, `host-${String(h).padStart(4, '0')}`);
    const attributes = { device_api: 'vfio-pci', mdev_type: 'acme-T1', software_version: `1.${h % 7}.0`, available_instances: String(1 + (h % 3)) };
    if (h % 50 === 49) {
      mkdirSync(join(host, '0000:00:02.0', 'acme-T1'), { recursive: true });
      for (const [name, value] of Object.entries(attributes)) writeFileSync(join(host, '0000:00:02.0', 'acme-T1', name), `${value}\n`);
      continue;
    }
    const profile = profileFromAttributes('/sys/x', attributes);
    writeProfiles({ root: join(dir, 'no-sysfs'), profiles: [{ id: '0000:00:02.0/acme-T1', family: null, device: '0000:00:02.0', profile }], skipped: [] }, host);
  }
  return dir;
}

const content = (inv: Inventory) => JSON.stringify({
  hosts: inv.hostCount,
  devices: inv.deviceCount,
  profiles: inv.profiles.map((p) => ({ id: p.id, path: p.profile.path, devices: p.devices, attributes: [...p.profile.attributes].sort(), skipped: p.profile.skipped })),
});

const dir = fleet();
const oneThread = readInventory(dir, ONE_THREAD);

t.test('two threads read the same inventory as one', async (t) => {
  t.equal(oneThread.hostCount, HOSTS);
  t.equal(oneThread.profiles.length, 21, '7 versions x 3 instance counts');
  t.equal(content(readInventory(dir, SMALL_CHUNKS)), content(oneThread), '150 chunks shared by both threads');
  t.equal(content(readInventory(dir, { parallelFrom: 1, helper: HELPER, waitForHelper: true })), content(oneThread), 'the default chunks (3 here)');
  t.equal(content(readInventory(dir, { parallelFrom: 1 })), content(oneThread), 'from the TypeScript source: no helper beside it, one thread reads');
});

/** Every read of hostIndexReads, and its summary. */
function drain(names: readonly string[], opts: ReadInventoryOptions) {
  const reads = hostIndexReads(dir, names, opts);
  const seen: [number, HostIndexRead][] = [];
  for (let r = reads.next(); ; r = reads.next()) {
    if (r.done) return { seen, helped: r.value.helped };
    seen.push(r.value);
  }
}

t.test('reads come back in host order, each once, whoever read them', async (t) => {
  const names = Array.from({ length: HOSTS }, (_, h) => `host-${String(h).padStart(4, '0')}`);
  const { seen, helped } = drain(names, SMALL_CHUNKS);
  t.ok(helped > 0, `the helper read ${helped} of 150 chunks`);
  t.equal(drain(names, ONE_THREAD).helped, 0);
  t.same(seen.map(([k]) => k), names.map((_, k) => k));
  t.equal(seen.filter(([, r]) => r === undefined).length, HOSTS / 50, 'the hosts without an index, to be walked');
  t.ok(seen.every(([, r]) => r === undefined || (typeof r === 'string' && r.includes('"devmig/host@1"'))));
});

t.test('a bad host index: the same first error, named by its file, on one thread or two', async (t) => {
  const bad = join(scratch('devmig-parallel-bad-'), 'fleet');
  for (let h = 0; h < 40; h++) {
    const profile = profileFromAttributes('/sys/x', { device_api: 'vfio-pci', mdev_type: 'acme-T1' });
    writeProfiles({ root: join(bad, 'no-sysfs'), profiles: [{ id: '0000:00:02.0/acme-T1', family: null, device: '0000:00:02.0', profile }], skipped: [] }, join(bad, `h${String(h).padStart(2, '0')}`));
  }
  writeFileSync(join(bad, 'h17', HOST_INDEX_NAME), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
  writeFileSync(join(bad, 'h31', HOST_INDEX_NAME), 'not json');
  const errorOf = (opts: ReadInventoryOptions) => {
    try {
      readInventory(bad, opts);
    } catch (err) {
      return err;
    }
    return undefined;
  };
  const sequential = errorOf(ONE_THREAD);
  t.type(sequential, InputError);
  t.match((sequential as InputError).message, /h17[/\\]\.devmig-host\.json: host index is not UTF-8 text/);
  for (const opts of [{ ...SMALL_CHUNKS, chunkHosts: 2 }, { parallelFrom: 1, helper: HELPER, waitForHelper: true }]) {
    const parallel = errorOf(opts);
    t.type(parallel, InputError);
    t.equal((parallel as InputError).message, (sequential as InputError).message);
  }
});

t.test('a helper that cannot start, or fails part-way: the caller reads its hosts', async (t) => {
  const work = scratch('devmig-parallel-helper-');
  const missing = join(work, 'no-such-helper.mjs');
  t.equal(content(readInventory(dir, { ...SMALL_CHUNKS, helper: missing, waitForHelper: false })), content(oneThread), 'no helper file');
  const throwing = join(work, 'throws.mjs');
  writeFileSync(throwing, 'throw new Error("the helper breaks as it loads");\n');
  t.equal(content(readInventory(dir, { ...SMALL_CHUNKS, helper: throwing, waitForHelper: false })), content(oneThread), 'a helper that throws as it loads');
  // The real helper, whose port breaks after three chunks: it has claimed a fourth it never posts.
  const breaking = join(work, 'breaks.mjs');
  writeFileSync(breaking, [
    "import { workerData } from 'node:worker_threads';",
    'const post = workerData.port.postMessage.bind(workerData.port);',
    'let posted = 0;',
    "workerData.port.postMessage = (m) => { if (posted++ === 3) throw new Error('the port breaks'); post(m); };",
    `await import(${JSON.stringify(pathToFileURL(HELPER).href)});`,
    '',
  ].join('\n'));
  const started = Date.now();
  t.equal(content(readInventory(dir, { ...SMALL_CHUNKS, helper: breaking })), content(oneThread), 'a helper that fails after three chunks');
  t.ok(Date.now() - started < 5_000, 'without waiting out its patience: it says it failed');
});
