import { lstatSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError, errnoCode } from '../errors.js';
import { packOptions, type BuiltinPackOptionKeys } from '../generated/pack-options.js';
import { FILE_LIMITS, readTextFile } from '../read/bounded-file.js';
import type { PackOptions } from '../types.js';
import { isTimeoutSeconds, TIMEOUT_RANGE } from './timeout.js';

/** The hook's settings besides the pack options given as keys of their own. */
interface HookSettings {
  /** sysfs root; `DEVMIG_SYSFS` and `--sysfs` take precedence. */
  sysfs?: string;
  /** procfs root for host facts (`/proc` by default); `DEVMIG_PROC` and `--proc` take precedence. */
  proc?: string;
  /** A saved `nvidia-smi -q -x` to read instead of running nvidia-smi (which runs when it is on PATH). */
  nvidiaSmiXml?: string;
  mode?: 'strict' | 'extended';
  /** Extra rule-pack files or directories, relative to the config file. */
  rules?: string[];
  /** Pack options NAME: VALUE. */
  options?: PackOptions;
  /** Attributes sysfs does not hold on this host (nvidia/ecc, driver versions), as `collect --set`. */
  set?: Record<string, string>;
  /** Give up (and refuse the migration) after this many seconds; 10 by default. */
  timeoutSeconds?: number;
}

/**
 * What libvirt cannot pass on the command line (it calls the hook with four fixed
 * arguments): read from a JSON file, `/etc/devmig/hook.json` unless `DEVMIG_HOOK_CONFIG`
 * names another (an empty value means none). A built-in pack's option may also be given as a
 * key of its own (`nvidiaPolicy`), which wins over the same option in `options`.
 */
export type HookConfig = HookSettings & BuiltinPackOptionKeys;

export const DEFAULT_HOOK_CONFIG = '/etc/devmig/hook.json';

const isStringMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

/** Each key's check and what the message says it must be. */
const KEYS: Record<keyof HookSettings, [(v: unknown) => boolean, string]> = {
  sysfs: [(v) => typeof v === 'string' && v !== '', 'a non-empty string'],
  proc: [(v) => typeof v === 'string' && v !== '', 'a non-empty string'],
  nvidiaSmiXml: [(v) => typeof v === 'string' && v !== '', 'a non-empty string'],
  mode: [(v) => v === 'strict' || v === 'extended', "'strict' or 'extended'"],
  rules: [(v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'an array of paths'],
  options: [isStringMap, 'an object of string values'],
  set: [isStringMap, 'an object of string values'],
  timeoutSeconds: [isTimeoutSeconds, TIMEOUT_RANGE],
};

/** A built-in pack's option as a key of its own (`nvidiaPolicy`). */
const PACK_OPTION_KEYS = new Map(packOptions.map((o) => [o.key, o]));

/** The pack options a configuration (or the hook's flags) sets: `options`, then those given as keys of their own. */
export function packOptionsOf(c: HookConfig): PackOptions {
  const out: Record<string, string> = { ...c.options };
  for (const [key, o] of PACK_OPTION_KEYS) {
    const value: unknown = (c as Record<string, unknown>)[key];
    if (typeof value === 'string') out[o.name] = value;
  }
  return out;
}

function parseHookConfig(path: string, text: string): HookConfig {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError(path, `invalid JSON (${(err as Error).message})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InputError(path, 'the hook configuration must be a JSON object');
  const config: HookConfig = {};
  for (const [key, value] of Object.entries(doc)) {
    const option = PACK_OPTION_KEYS.get(key);
    if (option !== undefined) {
      if (typeof value !== 'string' || !option.values.includes(value)) throw new InputError(path, `'${key}' must be one of ${option.values.join(', ')}`);
    } else {
      if (!Object.hasOwn(KEYS, key)) throw new InputError(path, `unknown key '${key}' (known: ${[...Object.keys(KEYS), ...PACK_OPTION_KEYS.keys()].join(', ')})`);
      const [ok, what] = KEYS[key as keyof HookSettings];
      if (!ok(value)) throw new InputError(path, `'${key}' must be ${what}`);
    }
    Object.assign(config, { [key]: value });
  }
  return config.rules === undefined ? config : { ...config, rules: config.rules.map((r) => resolve(dirname(path), r)) };
}

function isAbsent(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (err) {
    return errnoCode(err) === 'ENOENT';
  }
}

/** The hook configuration from the environment: its path (when one was read) and contents. */
export function loadHookConfig(env: NodeJS.ProcessEnv = process.env): { path?: string; config: HookConfig } {
  const named = env.DEVMIG_HOOK_CONFIG;
  if (named === '') return { config: {} };
  const path = named ?? DEFAULT_HOOK_CONFIG;
  // The default file is optional (a dangling link is not absent); one named in the environment must exist.
  if (named === undefined && isAbsent(path)) return { config: {} };
  const text = readTextFile(path, 'the hook configuration', FILE_LIMITS.hookConfig);
  return { path, config: parseHookConfig(path, text) };
}
