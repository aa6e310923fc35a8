import type { VmReport } from '../report/report.js';
import type { CheckOptions } from '../types.js';
import { createForwardCheckers } from '../verdict/check.js';
import { readHostEntries, readVmDevices } from './vm-input.js';
import { checkVm } from '../vm/vm.js';

/**
 * `devmig vm SOURCE_VM TARGET_HOST` as a library call: the VM's devices (a domain XML with devmig
 * metadata, or a folder of one profile per device) against a host inventory as collect writes it.
 */
export function vmReport(source: string, host: string, opts: CheckOptions = {}): VmReport {
  const devices = readVmDevices(source);
  const entries = readHostEntries(host);
  const { forward, ruleSet } = createForwardCheckers(opts);
  return { kind: 'vm', source, host, result: checkVm(devices, entries, forward, ruleSet) };
}
