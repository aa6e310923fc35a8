// A fleet of hosts sharing 200 distinct profiles, read as `devmig matrix` reads it:
// - from the tree: `DIR/<host>/...` exactly as `devmig collect --out DIR/<host>` writes it
//   (made by the library's writeProfiles, the function collect calls), read with readInventory;
// - from an index file, as `matrix --save-sources-index` writes it.
// The same inventory is given as sources and as targets (the fleet against itself: 100,000 x
// 100,000 hosts), through the library call `devmig matrix` makes (which reads a path given
// twice once), then every matrix row is produced. Each round is a process of its own, so its
// peak RSS is that of one `devmig matrix` run.
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOST_INDEX_NAME, inventoryIndex, matrixReport, profileFromAttributes, readInventory, writeProfiles } from '../dist/index.js';
import { familySet } from './profiles.mjs';

export const DISTINCT = 200;
const SEED = 21;

/**
 * The fleet's directory (kept between runs under the system's temporary directory): `tree/`
 * and `index.json`. Its name hashes what decides its content, the writer's code included, so
 * a changed writer (or generator) makes a new one.
 */
export function ensureFleet(hosts, log = () => {}) {
  const key = createHash('sha1').update(JSON.stringify([hosts, DISTINCT, SEED, familySet(DISTINCT, SEED), String(writeProfiles), String(inventoryIndex)])).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `devmig-bench-fleet-${hosts}-${key}`);
  if (existsSync(join(dir, 'complete'))) return { tree: join(dir, 'tree'), index: join(dir, 'index.json') };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'tree'), { recursive: true });
  log(`writing a fleet of ${hosts} hosts to ${dir} (once; kept for later runs)`);
  const set = familySet(DISTINCT, SEED);
  const root = join(dir, 'no-sysfs'); // collect's sysfs root: the writer never writes inside it
  for (let h = 0; h < hosts; h++) {
    const p = set[(h * 7) % DISTINCT];
    const profile = profileFromAttributes(`/sys/${p.device}`, p.attributes);
    writeProfiles({ root, profiles: [{ id: p.device, family: p.family, device: p.device.split('/')[0], profile }], skipped: [] }, join(dir, 'tree', `host-${String(h).padStart(6, '0')}`));
    if (h % 20_000 === 19_999) log(`  ${h + 1} hosts`);
  }
  writeFileSync(join(dir, 'index.json'), inventoryIndex(readInventory(join(dir, 'tree'))));
  writeFileSync(join(dir, 'complete'), '');
  return { tree: join(dir, 'tree'), index: join(dir, 'index.json') };
}

/** `devmig matrix --sources path --targets path`, every row produced; ms and peak RSS of this process. */
export function fleetRound(path) {
  const t = performance.now();
  const report = matrixReport(path, path);
  const { sources } = report;
  let rows = 0;
  let live = 0;
  for (const row of report.rows) {
    rows++;
    if (row.live) live++;
  }
  const ms = performance.now() - t;
  if (sources.profiles.length !== DISTINCT || rows !== sources.deviceCount) throw new Error(`read ${sources.profiles.length} distinct profiles and ${rows} rows`);
  return { ms, hosts: sources.hostCount, distinct: sources.profiles.length, rows, live, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

/**
 * The least any reader of the tree does: list the fleet, then per host the system calls that
 * read its index safely (open without following links or blocking, fstat for a regular file,
 * read, close) and decode the text; nothing parsed, nothing compared. The syscalls dominate
 * devmig's read of the tree, so its time over this one says what is left to gain.
 */
export function readFloor(tree) {
  const t = performance.now();
  const hosts = readdirSync(tree, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const buf = Buffer.allocUnsafe(65_537);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let chars = 0;
  for (const host of hosts) {
    const fd = openSync(`${tree}/${host}/${HOST_INDEX_NAME}`, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    try {
      if (!fstatSync(fd).isFile()) throw new Error(`${host}: not a regular file`);
      chars += utf8.decode(buf.subarray(0, readSync(fd, buf, 0, buf.length, null))).length;
    } finally {
      closeSync(fd);
    }
  }
  return { ms: performance.now() - t, hosts: hosts.length, chars };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, arg] = process.argv.slice(2);
  const out = cmd === 'ensure' ? ensureFleet(Number(arg), (m) => process.stderr.write(`${m}\n`)) : cmd === 'floor' ? readFloor(arg) : fleetRound(arg);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
