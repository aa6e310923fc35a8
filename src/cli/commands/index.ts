import type { Argv, CommandModule } from 'yargs';
import { annotateCommand } from './annotate.js';
import { bumpCommand } from './bump.js';
import { checkCommand } from './check.js';
import { collectCommand } from './collect.js';
import { explainCommand } from './explain.js';
import { hookCommand } from './hook.js';
import { matrixCommand } from './matrix.js';
import { planCommand } from './plan.js';
import { traitsCommand } from './traits.js';
import { vmCommand } from './vm.js';

/** Every subcommand, in the order `devmig --help` lists them; the hook gets libvirt's arguments as data. */
export function commandModules(hookLibvirtArguments: readonly string[] = []): CommandModule<{}, any>[] {
  return [checkCommand, vmCommand, bumpCommand, collectCommand, matrixCommand, planCommand, traitsCommand, explainCommand, hookCommand(hookLibvirtArguments), annotateCommand];
}

/** `y` with every subcommand of `modules` registered. */
export function withCommands(y: Argv, modules: readonly CommandModule<{}, any>[]): Argv {
  return modules.reduce((out, m) => out.command(m), y);
}
