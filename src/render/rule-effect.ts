import type { RuleSpec } from '../rules/pack-types.js';

/**
 * What a failure of a rule does, in one phrase (`explain` and the SARIF help text share it):
 * a `cold` rule leaves no migration at all, a `live` one leaves cold migration, a `warn` one
 * never blocks.
 */
export function failureEffect(spec: Pick<RuleSpec, 'blocks' | 'onFail'>): string {
  if (spec.onFail === 'warn') return 'a warning (never blocks)';
  return spec.blocks === 'live' ? 'blocks live migration (cold migration stays possible)' : 'blocks live and cold migration';
}
