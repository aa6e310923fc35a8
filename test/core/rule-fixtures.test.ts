// Per-rule fixture pairs (cargo-semver-checks' test_crates/<lint>/{old,new}): for every rule of
// every pack, the `fail` pair must make it fire with its own severity and the `pass` pair must not.
import { existsSync } from 'node:fs';
import t from 'tap';
import { readProfile } from '../../src/read/read-profile.js';
import { bump } from '../../src/verdict/bump.js';
import { check } from '../../src/verdict/check.js';
import { BUMP_RULES, builtinRules, fired, fixturesRoot, optionsFor } from '../helpers/rule-fixtures.js';

for (const [id, { spec }] of builtinRules()) {
  if (spec.compare === 'informational') continue;
  t.test(id, async (t) => {
    for (const kind of ['fail', 'pass'] as const) {
      const dir = `${fixturesRoot}/${id}/${kind}`;
      t.ok(existsSync(`${dir}/old`) && existsSync(`${dir}/new`) && existsSync(`${dir}/README.md`), `${kind} pair with README exists`);
      const [o, n] = [readProfile(`${dir}/old`), readProfile(`${dir}/new`)];
      t.equal(o.form, 'sysfs', 'read as a sysfs directory');
      const bumpOpts = BUMP_RULES[id];
      const findings = bumpOpts ? bump(o, n, bumpOpts).findings : check(o, n, optionsFor(spec)).findings;
      const hits = fired(findings, id);
      if (kind === 'pass') {
        t.same(hits, [], `${kind}: ${id} stays silent`);
        continue;
      }
      t.ok(hits.length > 0, `fail: ${id} fires`);
      t.ok(hits.every((f) => f.severity === (spec.onFail ?? 'break')), `fail: severity ${spec.onFail ?? 'break'}`);
      if (!bumpOpts && hits[0]?.severity === 'break') {
        // A break names the tier it leaves: the rule's `blocks`, and the verdict follows.
        t.ok(hits.every((f) => f.blocks === spec.blocks), `blocks ${spec.blocks}`);
        const r = check(o, n, optionsFor(spec));
        t.equal(r.verdict, 'incompatible', 'a break makes the pair incompatible');
        if (spec.blocks === 'cold') t.equal(r.tier, 'none', 'a cold-blocking break leaves no migration');
        else t.not(r.tier, 'live', 'a live-blocking break leaves at most cold');
      }
    }
  });
}
