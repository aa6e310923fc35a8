import type { SeriesResult } from '../series/bump-series.js';
import { outcomeWord, type TextStyle } from './style.js';
import { findingLine, renderBumpText } from './text.js';

/** The series as text: a summary line naming the folder, then each step as `devmig bump` prints it, its releases named within the folder. */
export function renderSeriesText(r: SeriesResult, style: TextStyle = {}): string {
  const bad = r.steps.filter((s) => !s.ok).length;
  const versions = r.releases.map((x) => x.version).join(' -> ');
  const status = r.ok ? 'ok' : `${outcomeWord('VIOLATION', false, style)} (${bad} of ${r.steps.length} steps insufficient${r.findings.length ? `, ${r.findings.length} expired suppression(s)` : ''})`;
  const lines = [`series ${r.dir}: ${versions}: ${status}${r.suppressions ? `; suppressions from ${r.suppressions}` : ''}`];
  for (const f of r.findings) lines.push(findingLine(f, style));
  return `${lines.join('\n')}\n${r.steps.map((step) => renderBumpText(step, style, r.dir)).join('')}`;
}
