import type { DeviceDecision } from '../hook/decide.js';
import type { HookReport } from '../report/report.js';

/** One line per refused device, in the form libvirt's error log shows. */
export function refusalLine(guest: string, d: DeviceDecision): string {
  return `devmig: ${guest}: hostdev ${d.device} (${d.type}): ${d.unknown ? 'cannot be checked, refused' : 'incompatible with this host'}: ${d.reason}`;
}

/** The refusals for libvirt's log (the hook writes them on stderr: its stdout would replace the domain XML); empty when every device is accepted. */
export function renderHookText(r: HookReport): string {
  return r.decisions.filter((d) => !d.ok).map((d) => `${refusalLine(r.guest, d)}\n`).join('');
}
