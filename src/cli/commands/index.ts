import type { Argv } from 'yargs';
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
export function withCommands(y: Argv, hookLibvirtArguments: readonly string[] = []): Argv {
  return y
    .command(checkCommand)
    .command(vmCommand)
    .command(bumpCommand)
    .command(collectCommand)
    .command(matrixCommand)
    .command(planCommand)
    .command(traitsCommand)
    .command(explainCommand)
    .command(hookCommand(hookLibvirtArguments))
    .command(annotateCommand);
}
