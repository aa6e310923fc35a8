import type { CommandModule } from 'yargs';
import { bumpCommand } from './bump.js';
import { checkCommand } from './check.js';
import { collectCommand } from './collect.js';
import { matrixCommand } from './matrix.js';
import { traitsCommand } from './traits.js';
import { explainCommand } from './explain.js';
import { hookCommand } from './hook.js';
import { annotateCommand } from './annotate.js';

/** Every subcommand, in the order `devmig --help` lists them; the hook gets libvirt's arguments as data. */
export function commands(hookLibvirtArguments: readonly string[] = []): CommandModule[] {
  return [checkCommand, bumpCommand, collectCommand, matrixCommand, traitsCommand, explainCommand, hookCommand(hookLibvirtArguments), annotateCommand];
}
