import type { CommandModule } from 'yargs';
import { bumpCommand } from './bump.js';
import { checkCommand } from './check.js';

/** Every subcommand, in the order `devmig --help` lists them. */
export const commands: CommandModule[] = [checkCommand, bumpCommand];
