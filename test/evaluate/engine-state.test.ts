// A checker's state: memoised findings that switch themselves off where values never repeat,
// per-side (capability) findings computed once per profile yet reported in rule order, and a
// fleet given as both sources and targets read once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { matrixReport } from '../../src/app/matrix.js';
import { FindingsMemo } from '../../src/evaluate/memo.js';
import { profileFromAttributes } from '../../src/read/read-profile.js';
import { createChecker } from '../../src/verdict/check.js';
import type { Finding } from '../../src/types.js';
import { writeProfiles } from '../../src/collect/write-profiles.js';

const finding = (message: string): Finding => ({ rule: 'standard/x', attribute: 'x', severity: 'break', message });

t.test('a memo stores findings met twice, frozen, and switches off when values never come back', async (t) => {
  const memo = new FindingsMemo();
  const found = [finding('kept before'), finding('a')];
  memo.remember(1, -1, found, 1);
  t.equal(memo.get(1, -1), undefined, 'met once: only noted (a cold checker keeps no copies it may never read)');
  memo.remember(1, -1, found, 1);
  t.same(memo.get(1, -1), [finding('a')], 'met again: the findings from the index given');
  t.ok(Object.isFrozen(memo.get(1, -1)) && Object.isFrozen(memo.get(1, -1)![0]), 'shared, so frozen');
  memo.remember(2, -1, found, 2);
  memo.remember(2, -1, found, 2);
  t.same(memo.get(2, -1), [], 'no finding is remembered too');
  const extras = new FindingsMemo();
  extras.remember(1, 7, found, 1);
  extras.remember(1, 7, found, 1);
  t.same(extras.get(1, 7), [finding('a')], 'keyed by the other attributes\' values too');
  t.equal(extras.get(1, 8), undefined, 'other values of those attributes: not remembered');
  for (let k = 3; memo.active && k < 10_000; k++) memo.remember(k, -1, found, 1);
  t.notOk(memo.active, 'thousands of distinct pairs that never come back: it stops remembering');
  t.equal(memo.get(1, -1), undefined, 'and forgets');
  const hot = new FindingsMemo();
  const meet = (k: number) => { if (hot.get(k, -1) === undefined) hot.remember(k, -1, found, 1); };
  for (let round = 0; round < 3; round++) for (let k = 0; k < 3_000; k++) meet(k);
  for (let k = 3_000; k < 6_000; k++) meet(k);
  t.ok(hot.active, 'values that come back keep it on, past the first thousands of new ones');
  t.same(hot.get(2_999, -1), [finding('a')]);
});

t.test('a checker gives the same findings whether its memos hit, miss or are off', async (t) => {
  const base = { device_api: 'vfio-pci', mdev_type: 'acme-T1', 'parent/vendor': '0x8086', pv_mode: 'none+ppgtt' };
  const profiles = Array.from({ length: 90 }, (_, i) => profileFromAttributes(`p${i}`, { ...base, software_version: `1.${i % 3}.${i}`, fw_build: `b${i % 5}`, pv_mode: i % 2 ? 'none+ppgtt' : 'none' }));
  const warm = createChecker();
  for (let round = 0; round < 2; round++) {
    for (const s of profiles) {
      for (const d of profiles.slice(0, 30)) {
        const a = warm(s, d);
        const b = createChecker()(s, d);
        if (JSON.stringify(a) !== JSON.stringify(b)) t.fail(`${s.path} -> ${d.path}: a warm checker differs from a fresh one`);
      }
    }
  }
  t.pass('90 x 30 pairs, twice: a warm checker equals a fresh one on every pair');
});

t.test('capability findings: the source\'s before the target\'s, rule by rule', async (t) => {
  const unknown = (path: string) => profileFromAttributes(path, { device_api: 'vfio-pci', driver: `no-such-driver-${path}` });
  const r = createChecker()(unknown('s'), unknown('t'));
  const capability = r.findings.filter((f) => f.rule === 'standard/migration_unknown');
  t.same(capability.map((f) => /on the (source|target)/.exec(f.message)?.[1]), ['source', 'target']);
  t.equal(r.tier, 'cold', 'unknown capability is never live');
});

t.test('matrix: a fleet given as sources and as targets is read once', async (t) => {
  const dir = t.testdir();
  for (const host of ['h1', 'h2']) {
    const profile = profileFromAttributes('/sys/x', { device_api: 'vfio-pci', mdev_type: 'acme-T1', software_version: '1.0.0' });
    writeProfiles({ root: join(dir, 'no-sysfs'), profiles: [{ id: '0000:00:02.0/acme-T1', family: null, device: '0000:00:02.0', profile }], skipped: [] }, join(dir, 'fleet', host));
  }
  const same = matrixReport(join(dir, 'fleet'), join(dir, 'fleet', '.'));
  t.equal(same.sources, same.targets, 'one inventory object for both');
  t.equal(same.sources.hostCount, 2);
  mkdirSync(join(dir, 'other', 'h3', 'dev'), { recursive: true });
  writeFileSync(join(dir, 'other', 'h3', 'dev', 'device_api'), 'vfio-pci\n');
  const two = matrixReport(join(dir, 'fleet'), join(dir, 'other'));
  t.not(two.sources, two.targets);
});
