import { InputError } from '../errors.js';
import { readInventory } from '../matrix/inventory.js';
import { planRollout } from '../plan/rollout.js';
import type { PlanReport } from '../report/report.js';
import { compileGlob } from '../rules/glob.js';
import type { CheckOptions } from '../types.js';
import { createForwardCheckers } from '../verdict/check.js';
import { checkRelease, fleetHosts, readPlacements } from './plan-input.js';
import { readHostEntries } from './vm-input.js';

export interface PlanOptions extends CheckOptions {
  /** Shell-style glob (`*`, `?`) on host names: the hosts to upgrade (default: all). */
  hosts?: string;
  /** At most this many hosts per wave (default 1). */
  waveSize?: number;
}

/**
 * `devmig plan --fleet DIR --vms FILE --upgrade RELEASE_DIR` as a library call: the fleet as
 * `matrix` reads it, where the VMs run, the release's profiles (a folder as collect --out
 * writes one host), and the waves that upgrade the hosts `hosts` picks.
 */
export function planReport(fleet: string, vms: string, release: string, opts: PlanOptions = {}): PlanReport {
  const waveSize = opts.waveSize ?? 1;
  if (!Number.isInteger(waveSize) || waveSize < 1) throw new InputError('--wave-size', `must be a whole number of hosts, 1 or more, got ${String(waveSize)}`);
  const { forward, ruleSet } = createForwardCheckers(opts);
  const hosts = fleetHosts(readInventory(fleet));
  const placements = readPlacements(vms, hosts, fleet);
  const releaseEntries = readHostEntries(release);
  checkRelease(release, releaseEntries, ruleSet);
  const picked = opts.hosts === undefined ? () => true : compileGlob(opts.hosts, { shell: true });
  if (!hosts.some((h) => picked(h.name))) throw new InputError('--hosts', `'${opts.hosts}' matches no host of ${fleet}`);
  const plan = planRollout({ hosts, vms: placements, release: releaseEntries, upgrade: picked, waveSize }, forward, ruleSet);
  return { kind: 'plan', fleet, release, plan };
}
