import type { VmReport } from '../report/report.js';
import { outcomeWord, tierWord, type TextStyle } from './style.js';
import { findingLine, tierSentence } from './text.js';

/**
 * `devmig vm` as a person reads it: the VM's verdict, then a table of device -> target with its
 * tier, each followed by the reasons that lowered it, then the VM-level findings.
 */
export function renderVmText(r: VmReport, style: TextStyle = {}): string {
  const { result } = r;
  const width = Math.max(6, ...result.devices.map((d) => d.name.length));
  const lines = [
    `${r.source} -> ${r.host}: ${outcomeWord(result.verdict, result.verdict === 'compatible', style)}, ${tierSentence({ ...result, findings: [...result.findings, ...result.devices.flatMap((d) => d.findings)], actions: [] })}`,
    `  ${'device'.padEnd(width)}  ${'tier'.padEnd(4)}  target`,
  ];
  for (const d of result.devices) {
    lines.push(`  ${d.name.padEnd(width)}  ${tierWord(d.tier, style, 4)}  ${d.target ?? '(no target can take it)'}`);
    for (const f of d.findings) if (f.severity !== 'info') lines.push(`  ${findingLine(f, style, 2)}`);
  }
  for (const f of result.findings) lines.push(findingLine(f, style));
  return `${lines.join('\n')}\n`;
}
