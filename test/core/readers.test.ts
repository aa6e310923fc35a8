// The three profile forms (profile-format.md §1): sysfs-style directory, JSON, flat key=value.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { InputError } from '../../src/errors.js';
import { readProfile } from '../../src/read/read-profile.js';
import { check } from '../../src/verdict/check.js';
import { SysfsTree } from '../helpers/sysfs-tree.js';
import { scratch } from '../helpers/scratch.js';

const tmp = scratch('devmig-readers-');
let n = 0;
/** Write `text` to a fresh file and return its path. */
function fileWith(text: string | Buffer, name = `p${n++}`): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}
const json = (doc: unknown) => fileWith(JSON.stringify(doc), `p${n++}.json`);

t.test('JSON form', async (t) => {
  const p = readProfile(json({ format: 'devmig/profile@1', attributes: { device_api: 'vfio-pci', 'parent/vendor': '0x8086' } }));
  t.equal(p.form, 'json');
  t.same([...p.attributes], [['device_api', 'vfio-pci'], ['parent/vendor', '0x8086']]);

  const newerMinor = readProfile(json({ format: 'devmig/profile@1.3', attributes: { device_api: 'vfio-pci' }, provenance: { tool: 'x' } }));
  t.equal(newerMinor.attributes.get('device_api'), 'vfio-pci', 'a newer minor with an unknown top-level key reads');

  const v2 = json({ format: 'devmig/profile@2', attributes: { device_api: 'vfio-pci' } });
  t.throws(() => readProfile(v2), InputError);
  t.throws(() => readProfile(v2), { message: new RegExp(`^${v2}: profile format devmig/profile@2 is newer than this devmig reads .*upgrade`) }, 'a newer major is refused, clearly');

  const bad = json({ format: 'devmig/profile@1', attributes: { device_api: 3 } });
  t.throws(() => readProfile(bad), { name: 'InputError', message: new RegExp(`^${bad}: schema: /attributes/device_api must be string`) }, 'a schema violation names the file and the path');
  const noAttrs = json({ format: 'devmig/profile@1' });
  t.throws(() => readProfile(noAttrs), { name: 'InputError', message: new RegExp(`^${noAttrs}: schema: .*attributes`) });
  const broken = fileWith('{"format": "devmig/profile@1", ', `p${n++}.json`);
  t.throws(() => readProfile(broken), { name: 'InputError', message: new RegExp(`^${broken}: invalid JSON`) });
  const wrongName = json({ format: 'other/thing@1', attributes: {} });
  t.throws(() => readProfile(wrongName), { name: 'InputError', message: /schema: \/format/ });
});

t.test('JSON form: __proto__ and constructor are plain attribute names', async (t) => {
  const path = fileWith('{"format":"devmig/profile@1","attributes":{"device_api":"vfio-pci","__proto__":{"polluted":"yes"},"constructor":"c","prototype":"p"}}', `p${n++}.json`);
  // __proto__ holding an object is not a string attribute: refused, and nothing leaks.
  t.throws(() => readProfile(path), InputError);
  const ok = fileWith('{"format":"devmig/profile@1","attributes":{"device_api":"vfio-pci","migration/features":"stop_copy","__proto__":"x","constructor":"c","hasOwnProperty":"h","toString":"s"}}', `p${n++}.json`);
  const p = readProfile(ok);
  t.equal(p.attributes.get('__proto__'), 'x');
  t.equal(p.attributes.get('constructor'), 'c');
  t.equal(p.attributes.get('toString'), 's');
  const r = check(p, readProfile(ok));
  t.equal(r.verdict, 'compatible', 'odd names compare like any opaque field');
  const other = readProfile(json({ format: 'devmig/profile@1', attributes: { device_api: 'vfio-pci', 'migration/features': 'stop_copy' } }));
  t.same(check(p, other).findings.map((f) => f.attribute).sort(), ['__proto__', 'constructor', 'hasOwnProperty', 'software_version', 'toString']);
  const probe: Record<string, unknown> = {};
  t.equal(probe['polluted'], undefined, 'Object.prototype not polluted');
  t.equal(({} as Record<string, unknown>)['x'], undefined);
  t.equal(typeof ({}).toString, 'function', 'toString intact');
  t.equal(Object.getPrototypeOf({}), Object.prototype);
});

t.test('flat key=value form', async (t) => {
  const p = readProfile(fileWith('# migration/self of a GVT-g type\n\ndevice_api = vfio-pci\nmdev_type=i915-GVTg_V5_4\n  # indented comment\ndescription=low_gm_size: 128MB\\nfence: 4\nempty=\n'));
  t.equal(p.form, 'flat');
  t.same(Object.fromEntries(p.attributes), { device_api: 'vfio-pci', mdev_type: 'i915-GVTg_V5_4', description: 'low_gm_size: 128MB\nfence: 4', empty: '' });
  const noEq = fileWith('device_api=vfio-pci\n# ok\nthis line has no equals sign\n');
  t.throws(() => readProfile(noEq), { name: 'InputError', message: new RegExp(`^${noEq}:3: expected key=value`) }, 'names file:line');
  const twice = fileWith('a=1\na=2\n');
  t.throws(() => readProfile(twice), { message: new RegExp(`^${twice}:2: attribute 'a' given twice`) });
  t.throws(() => readProfile(fileWith('# nothing\n\n')), { name: 'InputError', message: /no key=value line/ });
  t.throws(() => readProfile(fileWith(Buffer.from([0x61, 0x3d, 0xff, 0xfe, 0x0a]))), { name: 'InputError', message: /binary or non-UTF-8/ });
});

t.test('sysfs directory: values, groups, ignored names', async (t) => {
  const tree = new SysfsTree(scratch('devmig-dir-'))
    .file('device_api', 'vfio-pci\n')
    .file('blanks', 'value \t\n')
    .file('two_newlines', 'value\n\n')
    .file('no_newline', 'value')
    .file('multi', 'low_gm_size: 128MB\nfence: 4\n')
    .file('empty', '')
    .file('parent/vendor', '0x8086\n')
    .file('parent/deep/x', '1\n')
    .file('README.md', 'not an attribute\n')
    .file('README', 'nor this\n')
    .file('.hidden', 'nor this\n')
    .file('.git/config', 'nor this\n')
    .file('parent/README.txt', 'nor this\n');
  const p = readProfile(tree.root);
  t.equal(p.form, 'sysfs');
  t.same(Object.fromEntries(p.attributes), {
    blanks: 'value', device_api: 'vfio-pci', empty: '', multi: 'low_gm_size: 128MB\nfence: 4', no_newline: 'value',
    'parent/deep/x': '1', 'parent/vendor': '0x8086', two_newlines: 'value\n',
  }, 'one trailing newline and trailing blanks stripped; README* and dotfiles ignored; groups as a/b');
  t.same(p.skipped, []);
});

t.test('sysfs directory: links are text, never followed', async (t) => {
  const tree = new SysfsTree(scratch('devmig-links-'))
    .file('device_api', 'vfio-pci\n')
    .link('mdev_type', '../../../devices/pci0000:00/0000:00:02.0/mdev_supported_types/i915-GVTg_V5_4')
    .link('driver', '../../../../bus/pci/drivers/hisi_acc_vfio_pci')
    .link('subsystem', '../..')
    .link('iommu_group', '/etc')
    .file('real/dir/value', 'v\n')
    .link('real/up', '..');
  const p = readProfile(tree.root);
  t.equal(p.attributes.get('mdev_type'), 'i915-GVTg_V5_4', 'mdev_type: the link\'s last element');
  t.equal(p.attributes.get('driver'), 'hisi_acc_vfio_pci', 'driver: the link\'s last element');
  t.same(Object.fromEntries(p.links), { iommu_group: '/etc', 'real/up': '..', subsystem: '../..' }, 'other links recorded as link text');
  t.same([...p.attributes.keys()].sort(), ['device_api', 'driver', 'mdev_type', 'real/dir/value'], 'nothing read through a link');
});

t.test('sysfs directory: binary content is an input error naming the file', async (t) => {
  for (const [name, bytes] of [['nul', Buffer.from('abc\0def\n')], ['latin1', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])], ['bar', Buffer.from([0xff, 0xd8, 0xff, 0xe0])]] as const) {
    const tree = new SysfsTree(scratch('devmig-bin-')).file('device_api', 'vfio-pci\n').file(`group/${name}`, bytes);
    t.throws(() => readProfile(tree.root), { name: 'InputError', message: new RegExp(`^${tree.path(`group/${name}`)}: binary or non-UTF-8`) }, name);
  }
  const utf8 = new SysfsTree(scratch('devmig-utf8-')).file('device_api', 'vfio-pci\n').file('name', 'Größe — 显存 ✓\n');
  t.equal(readProfile(utf8.root).attributes.get('name'), 'Größe — 显存 ✓', 'UTF-8 text reads');
});

t.test('missing or empty profiles', async (t) => {
  const none = join(tmp, 'does-not-exist');
  t.throws(() => readProfile(none), { name: 'InputError', message: `${none}: no such profile (file or directory not found)` });
  const empty = new SysfsTree(scratch('devmig-empty-')).file('README.md', 'only a readme\n');
  t.throws(() => readProfile(empty.root), { name: 'InputError', message: /holds no readable attribute/ });
});
