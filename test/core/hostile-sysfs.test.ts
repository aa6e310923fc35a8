// Real sysfs has FIFOs, 128 GiB BAR files, link loops, write-only and huge files and sockets:
// reading a profile must skip each with a reason, never hang, never fail (profile-format.md §1).
import { chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import t from 'tap';
import { readProfile } from '../../src/read/read-profile.js';
import { ensureBuilt } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';
import { SysfsTree } from '../helpers/sysfs-tree.js';
import { scratch } from '../helpers/scratch.js';

const GiB = 2 ** 30;

function listen(path: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(path, () => resolve(server));
  });
}

t.test('a hostile device directory reads, with every hazard skipped and named', async (t) => {
  const tree = new SysfsTree(scratch('devmig-hostile-'))
    .attributes('', { device_api: 'vfio-pci', software_version: '1.0.0', vendor: '0x10de' })
    .fifo('fifo')
    .sparse('resource2', 128 * GiB)
    .link('loop_a', 'loop_b')
    .link('loop_b', 'loop_a')
    .link('subsystem', '../..')
    .file('remove', '', 0o200)
    .file('big', Buffer.alloc(64 * 1024 + 1, 0x61))
    .file('exactly_64k', `${'b'.repeat(64 * 1024 - 1)}\n`)
    .fifo('group/fifo2');
  const server = await listen(tree.path('sock'));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const started = Date.now();
  const p = readProfile(tree.root);
  t.ok(Date.now() - started < 5000, 'read promptly (no FIFO opened, no BAR read)');
  t.same([...p.attributes.keys()].sort(), ['device_api', 'exactly_64k', 'software_version', 'vendor'], 'the readable attributes are read');
  t.equal(p.attributes.get('exactly_64k')!.length, 64 * 1024 - 1, 'a 64 KiB file is within the limit');
  t.same(Object.fromEntries(p.links), { loop_a: 'loop_b', loop_b: 'loop_a', subsystem: '../..' }, 'loops recorded as link text, not followed');
  const reason = (name: string) => p.skipped.find((s) => s.path === tree.path(name))?.reason;
  t.match(reason('fifo'), /FIFO/);
  t.match(reason('group/fifo2'), /FIFO/, 'inside a group too');
  t.match(reason('resource2'), new RegExp(`claims ${128 * GiB} bytes`), 'the sparse 128 GiB BAR is skipped by its claimed size');
  t.match(reason('remove'), /write-only/, 'mode 0200 is skipped, even for root');
  t.match(reason('big'), /over the 65536-byte limit/);
  t.match(reason('sock'), /socket/);
  t.equal(p.skipped.length, 6, 'exactly the six hazards');

  ensureBuilt();
  const cli = runCli(['check', tree.root, tree.root, '--format', 'json'], { timeout: 20_000 });
  t.equal(cli.signal, null, 'the CLI did not have to be killed');
  // Unknown is never compatible: the skipped opaque entries (a BAR, a FIFO...) leave the pair unknown, even against itself.
  t.equal(cli.status, 100, 'unreadable attributes make the pair incompatible, even against itself');
  const doc = JSON.parse(cli.stdout) as { verdict: string; tier: string; findings: { rule: string; attribute: string; severity: string; message: string }[] };
  t.equal(doc.verdict, 'incompatible');
  t.equal(doc.tier, 'cold', 'opaque attributes block live only');
  const unreadable = doc.findings.filter((f) => f.rule === 'standard/attribute_unreadable');
  t.same(unreadable.filter((f) => f.severity === 'break').map((f) => f.attribute).sort(), ['big', 'fifo', 'group/fifo2', 'resource2', 'sock'],
    'each skipped entry a rule needs is a break, named by its attribute');
  const notes = (side: string) => unreadable.filter((f) => f.severity === 'info' && f.message.includes(`on the ${side}`)).map((f) => f.attribute).sort();
  t.same(notes('source'), ['remove'], 'the write-only remove is informational: a note');
  t.same(notes('target'), ['big', 'fifo', 'group/fifo2', 'remove', 'resource2', 'sock'], 'on the target, entries the source lacks are notes: no rule needs them');
});

t.test('an unreadable subdirectory is skipped with a reason', { skip: process.getuid?.() === 0 ? 'root lists any directory (chmod 000 does not stop it)' : false }, async (t) => {
  const tree = new SysfsTree(scratch('devmig-eacces-')).file('device_api', 'vfio-pci\n').file('locked/x', '1\n');
  chmodSync(tree.path('locked'), 0o000);
  t.teardown(() => chmodSync(tree.path('locked'), 0o755));
  const p = readProfile(tree.root);
  t.same([...p.attributes.keys()], ['device_api']);
  t.match(p.skipped, [{ path: tree.path('locked'), reason: /cannot list \(EACCES\)/ }]);
});

t.test('a deep or very wide tree stops instead of wandering', async (t) => {
  const tree = new SysfsTree(scratch('devmig-deep-')).file('device_api', 'vfio-pci\n').file('a/b/c/d/e/f/g/h/x', '1\n');
  const p = readProfile(tree.root);
  t.same([...p.attributes.keys()], ['device_api']);
  t.match(p.skipped, [{ reason: /deeper than/ }]);
});
