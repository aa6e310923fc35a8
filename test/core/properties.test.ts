// Property tests (fast-check): random profiles never crash the engine, a well-formed profile is
// always compatible with itself, verdict follows tier, and output is deterministic.
import fc from 'fast-check';
import t from 'tap';
import { InputError } from '../../src/errors.js';
import { readProfile, profileFromAttributes } from '../../src/read/read-profile.js';
import { bump } from '../../src/verdict/bump.js';
import { check } from '../../src/verdict/check.js';
import type { CheckResult, DirectionResult, Profile } from '../../src/types.js';
import { ruleFixtures } from '../helpers/rule-fixtures.js';

const RUNS = { numRuns: 200 };

/** Attribute names every pack reads, so random profiles meet every comparator and selector. */
const KNOWN = [
  'device_api', 'mdev_type', 'software_version', 'interface_version', 'pv_mode', 'compatible_pci_ids', 'compatible_x',
  'parent/vendor', 'parent/device', 'dynamic_resources', 'aggregator', 'available_instances', 'name', 'description',
  'driver', 'device', 'vendor', 'qp_num', 'que_iso_cfg', 'migration/magic', 'migration/stream_version',
  'migration/record_tags', 'migration/known_tags', 'accel_capabilities_mask', 'extended_dc_capabilities',
  'ring_to_svc_map', 'rl/asym0/cir', 'rl/asym0/pir', 'pfvf_compat_version', 'nr_ports', 'nvidia/migration', 'nvidia/ecc',
  'nvidia/vgpu_type', 'nvidia/host_driver_version', 'nvidia/vgpu_version', 'nvidia/supported_vgpu_range', 'fw_build',
] as const;

const version = fc.oneof(
  fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.tuple(fc.nat(20), fc.nat(20)).map(([a, b]) => `${a}.${b}`),
  fc.nat(20).map(String),
  fc.tuple(fc.nat(3), fc.nat(3), fc.constantFrom('-rc.1', '-alpha', '+build.5', '+a')).map(([a, b, s]) => `${a}.${b}.0${s}`),
);
const set = fc.array(fc.constantFrom('none', 'ppgtt', 'context', 'a', 'B', '193b', '0x191B'), { maxLength: 5 })
  .chain((els) => fc.constantFrom('+', ',', ' ', '\n', ' + ').map((sep) => els.join(sep)));
const hex = fc.tuple(fc.boolean(), fc.boolean(), fc.nat(0xffffffff)).map(([pre, up, n]) => {
  const h = n.toString(16);
  return `${pre ? '0x' : ''}${up ? h.toUpperCase() : h}`;
});
const family = fc.constantFrom('i915-GVTg_V5_4', 'i915-GVTg_V5_8', 'nvidia-256', 'mtty-1', 'mtty-2', 'mdpy-vga', 'acme-1');
const driver = fc.constantFrom('hisi_acc_vfio_pci', 'qat_vfio_pci', 'mlx5_vfio_pci', 'virtio_vfio_pci', 'vfio-pci');
const anyValue = fc.oneof(version, set, hex, family, driver, fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '0', '-1', 'supported', 'x:mandatory,y:optional', '1.0-2.0', 'k: v\nk2: v2', 'a=1, b=2'));

/** Any value for any known attribute (garbage included): the engine must still not crash. */
const wildProfile = fc.dictionary(fc.constantFrom(...KNOWN), anyValue, { maxKeys: 14 })
  .map((attrs) => profileFromAttributes('wild', attrs));

/**
 * A template text for `migration/compatible`: well-formed lines, and sometimes a broken one
 * (unmatched braces, undeclared variables, huge expansions).
 */
const templateText = fc.array(fc.oneof(
  fc.constantFrom('mdev_type=i915-GVTg_V5_{v:int:1,2,4,8}', 'aggregator={v}/2', 'aggregator={v}*2+1', 'x=lit', '# comment', ''),
  fc.constantFrom('mdev_type=i915-GVTg_V5_{v', 'aggregator={w}', 'a=}', 'noequals', 'a={v:int:}', 'a={x:int:1,2,3,4,5,6,7,8,9,10}{y:int:1,2,3,4,5,6,7,8,9,10}{z:int:1,2,3,4,5,6,7,8,9,10}{q:int:1,2,3,4,5}'),
  fc.string().map((s) => `k=${s}`),
), { maxLength: 4 }).map((lines) => lines.join('\n'));

function expectWellFormed(r: CheckResult): void {
  for (const d of [r, r.rollback] as DirectionResult[]) {
    if ((d.verdict === 'compatible') !== (d.tier === 'live')) throw new Error(`verdict ${d.verdict} with tier ${d.tier}`);
    const hasBreak = d.findings.some((f) => f.severity === 'break');
    if (hasBreak === (d.tier === 'live')) throw new Error(`tier ${d.tier} with breaks=${hasBreak}`);
  }
}

t.test('check never throws for any in-memory profile (strict mode)', async (t) => {
  const packs = new Set<string | null>();
  fc.assert(fc.property(wildProfile, wildProfile, (s, tg) => {
    const r = check(s, tg);
    expectWellFormed(r);
    packs.add(r.pack);
    // A fixed seed: which packs random dictionaries reach is chance, and a coverage check must not flake.
  }), { ...RUNS, seed: 20261202 });
  t.ok(packs.size >= 4, `random profiles reached several packs: ${[...packs].map((p) => p ?? 'standard only').join(', ')}`);
});

t.test('extended mode: only a bad template throws, as an InputError naming migration/compatible', async (t) => {
  let thrown = 0;
  fc.assert(fc.property(wildProfile, wildProfile, templateText, fc.boolean(), (s, tg, text, onTarget) => {
    const withT = (p: Profile) => profileFromAttributes(p.path, new Map([...p.attributes, ['migration/compatible', text]]));
    const [src, dst] = onTarget ? [s, withT(tg)] : [withT(s), tg];
    try {
      expectWellFormed(check(src, dst, { mode: 'extended' }));
    } catch (err) {
      thrown++;
      if (!(err instanceof InputError)) throw err;
      if (!/^wild: migration\/compatible( line \d+)?: /.test(err.message)) throw new Error(`unexpected message: ${err.message}`);
    }
    // Strict mode ignores templates entirely.
    expectWellFormed(check(src, dst));
  }), RUNS);
  t.ok(thrown > 0, `bad templates were generated and refused (${thrown})`);
});

t.test('bump throws nothing but InputError', async (t) => {
  fc.assert(fc.property(wildProfile, wildProfile, (o, n) => {
    try {
      const r = bump(o, n);
      if (r.ok !== (['none', 'patch', 'minor', 'major'].indexOf(r.declared) >= ['none', 'patch', 'minor', 'major'].indexOf(r.required))) throw new Error('ok disagrees with declared/required');
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
    }
  }), RUNS);
  t.pass('200 random pairs bumped');
});

t.test('findings are deterministic: check twice gives deep-equal results', async (t) => {
  fc.assert(fc.property(wildProfile, wildProfile, (s, tg) => {
    const a = check(s, tg);
    // Fresh objects with the same attributes in another insertion order.
    const b = check(profileFromAttributes('wild', [...s.attributes].reverse()), profileFromAttributes('wild', [...tg.attributes].reverse()));
    t.strictSame(b, a);
    return true;
  }), { numRuns: 100 });
});

/**
 * Profiles that are well-formed by construction: every fixture's old side whose driver can
 * migrate (some model one that cannot, or whose capability is unknown: never live, even alone).
 */
const seeds = ruleFixtures().map((f) => readProfile(f.old)).filter((p) => check(p, p).tier === 'live');

/** A well-formed profile plus random opaque fields and standard attributes with valid values. */
const tameProfile = fc.record({
  seed: fc.constantFrom(...seeds),
  extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x_${s}`), fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), { maxKeys: 4 }),
  std: fc.record({
    software_version: version, pv_mode: set, compatible_pci_ids: set, 'parent/vendor': hex, 'parent/device': hex,
    available_instances: fc.nat(8).map(String), name: fc.string(), description: fc.string(),
  }, { requiredKeys: [] }),
}).map(({ seed, extra, std }) => profileFromAttributes('tame', new Map([...seed.attributes, ...Object.entries(std), ...Object.entries(extra)])));

t.test('check(S, S) is compatible with no break for any well-formed profile without templates', async (t) => {
  fc.assert(fc.property(tameProfile, fc.constantFrom('strict', 'extended') as fc.Arbitrary<'strict' | 'extended'>, (p, mode) => {
    const copy = profileFromAttributes('tame-copy', [...p.attributes]);
    const r = check(p, copy, { mode });
    if (r.verdict !== 'compatible' || r.tier !== 'live' || r.relation !== 'identical') throw new Error(`${r.verdict}/${r.tier}: ${JSON.stringify(r.findings)}`);
    if ([...r.findings, ...r.rollback.findings].some((f) => f.severity === 'break')) throw new Error('a break against itself');
    expectWellFormed(r);
  }), RUNS);
  t.pass('200 self-comparisons');
});
