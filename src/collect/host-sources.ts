import { hasImports, type CollectImports, type CollectOptions } from './collect.js';

/** Where the command line says a host's facts are: each source as given, or absent. */
export interface HostSources {
  sysfs?: string;
  proc?: string;
  /** A saved `nvidia-smi -q -x` output. */
  nvidiaSmiXml?: string;
  /** false: never run nvidia-smi (`--no-nvidia-smi`). */
  runNvidiaSmi?: boolean;
  imports?: CollectImports;
  set?: Readonly<Record<string, string>>;
}

/**
 * What collect reads. Reading this host (no import given), the defaults are this host's own:
 * `/sys`, `/proc`, and nvidia-smi when it is on PATH. Imports describe a host read through its
 * tools, perhaps another one: then only the sources named are read, so that no fact of the
 * machine devmig runs on is mixed into another host's profiles.
 */
export function collectOptionsFor(s: HostSources): CollectOptions {
  const live = !hasImports(s.imports);
  const sysfs = s.sysfs ?? (live ? '/sys' : undefined);
  const proc = s.proc ?? (live ? '/proc' : undefined);
  const nvidiaSmi = s.nvidiaSmiXml !== undefined ? { xml: s.nvidiaSmiXml } : live && s.runNvidiaSmi !== false ? 'run' as const : undefined;
  return {
    ...(sysfs === undefined ? {} : { sysfs }),
    ...(proc === undefined ? {} : { proc }),
    ...(nvidiaSmi === undefined ? {} : { nvidiaSmi }),
    ...(s.imports === undefined ? {} : { imports: s.imports }),
    ...(s.set === undefined ? {} : { set: s.set }),
  };
}

/** collectOptionsFor on this host's own sources (annotate, the hook): no import, so sysfs is read. */
export function liveCollectOptions(s: Omit<HostSources, 'imports'>): CollectOptions & { imports?: undefined } {
  return { ...collectOptionsFor(s), imports: undefined };
}
