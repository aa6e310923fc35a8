import { escapeData, escapeProperty } from './github.js';
import { renderJunitError } from './junit.js';
import { renderSarifError } from './sarif.js';

/** What the CI formats need to report a run that ended in an input error. */
export interface CiErrorContext {
  command: 'check' | 'bump';
  format: string;
  sarifCategory?: string;
}

/**
 * The document a CI format writes when the run could not judge (exit 101), so a workflow step
 * that uploads or parses it regardless (`if: always()`) reads a valid one; none for the formats
 * people read (the message goes to stderr as always).
 */
export function renderCiError(ctx: CiErrorContext, message: string, exitCode: number): string | undefined {
  switch (ctx.format) {
    case 'sarif': return renderSarifError(ctx.command, message, exitCode, { category: ctx.sarifCategory });
    case 'junit': return renderJunitError(ctx.command, message);
    case 'github': return `::error title=${escapeProperty(`devmig ${ctx.command}`)}::${escapeData(message)}\n`;
    default: return undefined;
  }
}
