import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { FORMATS, type FormatOf } from '../render/formats.js';
import type { ReportKind } from '../report/report.js';

/** A yargs command whose handler gets the flags its builder declares, typed (yargs infers them from the options). */
export function defineCommand<U>(command: {
  command: string;
  describe: string;
  builder: (y: Argv) => Argv<U>;
  handler: (argv: ArgumentsCamelCase<U>) => void | Promise<void>;
}): CommandModule<{}, U> {
  return command;
}

/** `--format`: the formats a report kind renders to (src/render/formats.ts), the first by default. */
export function formatFlag<K extends ReportKind>(kind: K, describe = 'Output format') {
  const choices: readonly FormatOf<K>[] = FORMATS[kind];
  return { type: 'string', choices, default: choices[0]!, describe } as const;
}
