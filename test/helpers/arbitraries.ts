// fast-check generators for hostile-input property tests: attribute names and values an attacker
// (or a broken collector) could put in a profile, and harmless changes to a well-formed profile.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { MAX_ATTRIBUTE_NAME } from '../../src/read/valid-attribute.js';
import type { Profile } from '../../src/types.js';
import { repoRoot } from './cli.js';

/** Names every built-in pack reads, so random profiles reach every comparator and pack selector. */
export const KNOWN_NAMES = [
  'device_api', 'mdev_type', 'software_version', 'interface_version', 'pv_mode', 'compatible_pci_ids', 'compatible_x',
  'parent/vendor', 'parent/device', 'dynamic_resources', 'aggregator', 'available_instances', 'name', 'description',
  'driver', 'device', 'vendor', 'create', 'remove', 'devices/x', 'migration/compatible', 'migration/magic',
  'migration/stream_version', 'migration/record_tags', 'migration/known_tags', 'qp_num', 'que_iso_cfg',
  'accel_capabilities_mask', 'extended_dc_capabilities', 'ring_to_svc_map', 'rl/asym0/cir', 'rl/sym/pir',
  'pfvf_compat_version', 'nr_ports', 'nvidia/migration', 'nvidia/ecc', 'nvidia/vgpu_type', 'nvidia/host_driver_version',
  'nvidia/vgpu_version', 'nvidia/supported_vgpu_range', 'fw_build',
] as const;

/** Names that reach for Object.prototype, walk paths, or look like globs and patterns. */
const TRICKY_NAMES = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'polluted',
  '__proto__/polluted', 'constructor/prototype/polluted', 'prototype/polluted', 'parent/__proto__', 'description/__proto__',
  '/', '//', '.', '..', '../..', '../../../etc/passwd', 'a/../b', './a', 'a/', '/a', 'parent/../parent/vendor',
  'devices/**', '*', '**', 'compatible_*', 'compatible_', 'compatible_/', 'rl/*/cir', 'rl//cir', '$ref', '%s%n', '\\', '\\..\\x',
  'a b', ' ', '\t', '\n', 'name\n', ' device_api', 'device_api ', 'DEVICE_API', 'device\u200bapi', 'm\u0308dev_type',
  '\ud800', '\udfff', 'a\ud800b', '\u2028', '\ufeff', '🙂', '👩‍👩‍👧', 'nvidia', 'nvidia/', 'migration', 'parent',
];

/** Names profileFromAttributes must refuse with an InputError: empty, holding NUL, or over MAX_ATTRIBUTE_NAME. */
export const INVALID_NAMES = ['', '\0', 'a\0b', 'device_api\0', '\0device_api', 'parent\0vendor', 'a'.repeat(MAX_ATTRIBUTE_NAME + 1)] as const;

/** A string of `unit` with no NUL, for well-formed names and values. */
const noNul = (s: string): boolean => !s.includes('\0');

/** Lone UTF-16 surrogates: not valid Unicode, but a JavaScript string can hold them. */
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any attribute name that is valid per the profile format (non-empty, no NUL), hostile ones first. */
export const validName: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN_NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_NAMES) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom('..', '.', '', 'a', 'parent', '__proto__', 'x', 'nvidia', 'rl', '*'), { minLength: 1, maxLength: 6 }).map((p) => p.join('/')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(surrogate, fc.constantFrom('a', '/', '_')), minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1000, max: MAX_ATTRIBUTE_NAME }), fc.constantFrom('a', 'x/', '../', 'é', '🙂')).map(([n, u]) => u.repeat(Math.floor(n / u.length))) },
).filter((n) => n !== '' && noNul(n) && n.length <= MAX_ATTRIBUTE_NAME);

/** Names including the ones the format forbids (rarely): the reader must refuse those with an InputError. */
export const anyName: fc.Arbitrary<string> = fc.oneof(
  { weight: 60, arbitrary: validName },
  { weight: 1, arbitrary: fc.constantFrom(...INVALID_NAMES) },
);

export const versionText = fc.oneof(
  fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.tuple(fc.nat(20), fc.nat(20)).map(([a, b]) => `${a}.${b}`),
  fc.nat(20).map(String),
  fc.constantFrom('1.0.0-rc.1', '2.0.0+build.5', '01.2.3', '1.2.3.4', 'v1.2.3', '=1.2.3', ' 1.2 ', '1..2', '1.2.', '-1.0.0',
    `${'9'.repeat(400)}.0.0`, `1.2.3-${'a.'.repeat(300)}a`, '9007199254740993.0.0', '1e3.0.0', '0x10.1.1', '535.161.05'),
);

const setText = fc.array(fc.constantFrom('none', 'ppgtt', 'context', 'a', 'B', '193b', '0x191B', '__proto__', 'constructor', 'FW_DATA:mandatory', 'X:optional', ''), { maxLength: 6 })
  .chain((els) => fc.constantFrom('+', ',', ' ', '\n', ' + ', ',,', '\t').map((sep) => els.join(sep)));

const hexText = fc.tuple(fc.boolean(), fc.boolean(), fc.nat(0xffffffff)).map(([pre, up, n]) => {
  const h = n.toString(16);
  return `${pre ? '0x' : ''}${up ? h.toUpperCase() : h}`;
});

/** Texts for `migration/compatible`: good templates, broken ones, and ones that expand hugely. */
export const templateText = fc.array(fc.oneof(
  fc.constantFrom('mdev_type=i915-GVTg_V5_{v:int:1,2,4,8}', 'aggregator={v}/2', 'aggregator={v}*2+1', 'x=lit', '# comment', '',
    '__proto__={v}', 'constructor=x', 'mdev_type=i915-GVTg_V5_{v', 'aggregator={w}', 'a=}', 'noequals', 'a={v:int:}', '={v:int:1}',
    'a={v:int:99999999999999999999}', 'a={v:int:-1,0,1}/0', 'a={v:int:1,2,3,4,5,6,7,8,9,10}{w:int:1,2,3,4,5,6,7,8,9,10}{x:int:1,2,3,4,5,6,7,8,9,10}{y:int:1,2,3,4,5}',
    `a={v:int:${Array.from({ length: 5000 }, (_, i) => i).join(',')}}`, `a=${'{'.repeat(2000)}`),
  fc.string().map((s) => `k=${s}`),
), { maxLength: 4 }).map((lines) => lines.join('\n'));

/** Huge texts, and texts that make a careless regular expression backtrack for seconds. */
const HUGE = [
  'a'.repeat(65_536), '0'.repeat(70_000), `0x${'f'.repeat(20_000)}`, '+'.repeat(60_000), ' '.repeat(60_000),
  `a:${' '.repeat(60_000)}b`, `${' '.repeat(30_000)}:${' '.repeat(30_000)}`, `k${' '.repeat(60_000)}=`, `${'k: v\n'.repeat(10_000)}`,
  `${'a=b,'.repeat(15_000)}`, '1.'.repeat(30_000), `${'1'.repeat(5000)}-${'2'.repeat(5000)}`, '\n'.repeat(60_000),
  `${'ab+'.repeat(20_000)}`, '🙂'.repeat(20_000), `${'FW_DATA:mandatory,'.repeat(3000)}`,
];

/** Any value text (without NUL), hostile ones included. */
export const validValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: versionText },
  { weight: 3, arbitrary: setText },
  { weight: 2, arbitrary: hexText },
  { weight: 2, arbitrary: fc.constantFrom('vfio-pci', 'vfio-ccw', 'i915-GVTg_V5_4', 'i915-GVTg_V5_8', 'nvidia-256', 'mtty-1', 'mtty-2', 'mdpy-vga',
    'hisi_acc_vfio_pci', 'qat_vfio_pci', 'mlx5_vfio_pci', 'virtio_vfio_pci', 'supported', 'enabled', '0xaaccfeeddecadede', '0x3', 'sym;asym') },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', '\n', '\t', '\r\n', '\u00a0', '\u2028', '\ufeff', ' \n ') },
  { weight: 2, arbitrary: fc.oneof(fc.double().map(String), fc.bigInt().map(String), fc.integer().map(String), fc.constantFrom('-0', 'NaN', 'Infinity', '-Infinity', '1e309', '0x', '0b1', '1_000')) },
  { weight: 2, arbitrary: fc.constantFrom('low_gm_size: 128MB\nhigh_gm_size: 512MB\nfence: 4\nresolution: 1920x1200\nweight: 4',
    '__proto__: polluted', 'constructor: x\nprototype: y', 'polluted: yes', 'framebuffer=1,__proto__=2,polluted=3', 'k: v\nk2: v2', 'a=1, b=2',
    'x:mandatory,y:optional', '__proto__:mandatory', 'FW_DATA:mandatory,STOP_COPY_SIZE:optional', '1.0-2.0', '2.0-1.0', '1.0-', '-', '1.0-2.0-3.0',
    `${'9'.repeat(30)}.0-1.0`) },
  { weight: 2, arbitrary: templateText },
  { weight: 2, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(surrogate, fc.constantFrom('a', ':', '=', '\n', '{')) }) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
).filter(noNul);

/** Values including (rarely) ones holding NUL, which the reader must refuse. */
export const anyValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 60, arbitrary: validValue },
  { weight: 1, arbitrary: fc.constantFrom('\0', 'a\0', '1.0.0\0', 'vfio-pci\0evil') },
);

/** Does an attribute list hold something the profile format forbids (empty or over-long name, NUL)? */
export const holdsForbidden = (entries: readonly (readonly [string, string])[]): boolean =>
  entries.some(([n, v]) => n === '' || n.length > MAX_ATTRIBUTE_NAME || n.includes('\0') || v.includes('\0'));

/**
 * Attribute lists mostly keyed by names the packs read (so that packs are selected and rules
 * run), with hostile names and values mixed in; `names` and `values` choose how hostile.
 */
export function attributeList(names: fc.Arbitrary<string>, values: fc.Arbitrary<string>, maxLength = 12): fc.Arbitrary<[string, string][]> {
  const selector = fc.oneof(
    fc.tuple(fc.constant('mdev_type'), fc.constantFrom('i915-GVTg_V5_4', 'nvidia-256', 'mtty-1', 'mdpy-vga')),
    fc.tuple(fc.constant('driver'), fc.constantFrom('hisi_acc_vfio_pci', 'qat_vfio_pci', 'mlx5_vfio_pci', 'virtio_vfio_pci')),
    fc.tuple(fc.constant('nvidia/vgpu_type'), fc.constantFrom('H100XM-80C', '')),
  );
  return fc.tuple(
    fc.option(fc.tuple(fc.constant('device_api'), fc.constantFrom('vfio-pci', 'vfio-ccw')), { nil: undefined }),
    fc.option(selector, { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('software_version', 'interface_version'), versionText), { nil: undefined }),
    fc.array(fc.tuple(names, values), { maxLength }),
  ).map(([api, sel, ver, rest]) => [...(api ? [api] : []), ...(sel ? [sel] : []), ...(ver ? [ver] : []), ...rest]);
}

/** Directories holding a `device_api` file, plus JSON or flat profile files, under device-profiles/. */
export function bundledProfilePaths(dir = join(repoRoot, 'device-profiles'), out: string[] = []): string[] {
  const names = readdirSync(dir).sort();
  if (names.includes('device_api')) return [...out, dir];
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = bundledProfilePaths(p, out);
    else if (/\.(json|conf|profile)$/.test(name)) out.push(p);
  }
  return out;
}

/** Free text for a harmless change: anything but NUL, sometimes long or odd. */
export const freeText: fc.Arbitrary<string> = fc.oneof(
  fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\n', '__proto__: polluted', 'low_gm_size: 1MB', 'framebuffer=1', 'a'.repeat(10_000)),
).filter(noNul);

/** Changes that keep a well-formed profile well-formed: opaque `x_*` fields, a new name or description. */
export interface Harmless {
  extra: [string, string][];
  name: string | undefined;
  description: string | undefined;
}

export const harmless: fc.Arbitrary<Harmless> = fc.record({
  extra: fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', '../x', 'a/b', '🙂')).map((s) => `x_${s}`), freeText), { maxLength: 4 }),
  name: fc.option(freeText, { nil: undefined }),
  description: fc.option(freeText, { nil: undefined }),
}).map((h) => ({ ...h, extra: h.extra.filter(([n]) => noNul(n)) }));

/** The attributes of `p` with a harmless change applied (a new Map; `p` is untouched). */
export function applyHarmless(p: Profile, h: Harmless): Map<string, string> {
  const attrs = new Map(p.attributes);
  if (h.name !== undefined) attrs.set('name', h.name);
  if (h.description !== undefined) attrs.set('description', h.description);
  for (const [n, v] of h.extra) attrs.set(n, v);
  return attrs;
}
