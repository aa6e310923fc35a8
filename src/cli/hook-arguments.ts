import { packOptionFlags } from './common-options.js';

/** The hook's own options that take a value (pack options' flags too); each occurrence takes exactly one. */
export const HOOK_VALUE_OPTIONS: readonly string[] = ['sysfs', 'mode', 'rules', 'option', 'set', 'timeout', 'color', ...packOptionFlags];

/** What follows `devmig hook`: devmig's options, then libvirt's arguments as data. */
export interface HookArguments {
  options: string[];
  /** DRIVER GUEST OPERATION SUBOP EXTRA, exactly as libvirt passed them. */
  libvirt: string[];
}

/** libvirt runs `HOOK GUEST OPERATION SUBOP EXTRA`: with the driver, five words. */
export const LIBVIRT_WORDS = 5;

/**
 * Split `hook [OPTION...] DRIVER GUEST OPERATION SUBOP EXTRA [OPTION...]`. libvirt passes the
 * guest's name unescaped, so a guest named `--help` or `--timeout=600` must never reach an
 * option parser: options before end at the first word that is not one (or at `--`); the
 * next five words are libvirt's, whatever they start with; options may follow them.
 */
export function splitHookArguments(args: readonly string[]): HookArguments {
  const options: string[] = [];
  let i = 0;
  while (i < args.length) {
    const word = args[i]!;
    if (word === '--') {
      i++;
      break;
    }
    if (!word.startsWith('-') || word === '-') break;
    const name = word.replace(/^--?/, '');
    const takesValue = !name.includes('=') && HOOK_VALUE_OPTIONS.includes(name);
    options.push(...args.slice(i, i + (takesValue ? 2 : 1)));
    i += takesValue ? 2 : 1;
  }
  return { options: [...options, ...args.slice(i + LIBVIRT_WORDS)], libvirt: args.slice(i, i + LIBVIRT_WORDS) };
}
