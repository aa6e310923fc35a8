import { collect } from '../collect/collect.js';
import { liveCollectOptions } from '../collect/host-sources.js';
import { InputError } from '../errors.js';
import { decideMigration } from '../hook/decide.js';
import { readDomainXml } from '../hook/domain-xml.js';
import { loadHookConfig, packOptionsOf, type HookConfig } from '../hook/hook-config.js';
import { DEFAULT_TIMEOUT_SECONDS, isTimeoutSeconds, TIMEOUT_RANGE } from '../hook/timeout.js';
import { startWatchdog } from '../hook/watchdog.js';
import { FILE_LIMITS } from '../read/bounded-file.js';
import type { HookReport } from '../report/report.js';
import type { CheckOptions } from '../types.js';
import { createForwardCheckers } from '../verdict/check.js';

/** Flags the hook accepts besides libvirt's arguments: the configuration file's settings, each overriding it. */
export type HookFlags = HookConfig;

/**
 * Where the domain XML comes from: a stream, or a synchronous read (the CLI reads its standard
 * input directly: a stream over it costs the hook's cold start a few milliseconds, and a read
 * that never ends is what the watchdog, a process of its own, is for).
 */
export type DomainXmlSource = NodeJS.ReadableStream | (() => string);

async function readAll(stream: NodeJS.ReadableStream, what: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > FILE_LIMITS.domainXml) throw new InputError(what, `over the ${FILE_LIMITS.domainXml}-byte limit: not a domain XML`);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `migrate begin` on the destination: read the domain XML from `stdin`, collect this host's
 * profiles and decide every assigned device (the hook prints nothing on stdout, so libvirt
 * keeps the XML unchanged). The whole run is bounded: past the timeout the watchdog refuses
 * the migration rather than hang libvirt.
 */
export async function incomingMigrationReport(guest: string, flags: HookFlags, stdin: DomainXmlSource, env: NodeJS.ProcessEnv = process.env): Promise<HookReport> {
  const { config } = loadHookConfig(env);
  const seconds = flags.timeoutSeconds ?? config.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  // A library caller's value too: a deadline that could not fire is no deadline.
  if (!isTimeoutSeconds(seconds)) throw new InputError('timeoutSeconds', `must be ${TIMEOUT_RANGE}, got ${String(seconds)}`);
  const disarm = startWatchdog(seconds * 1000, `devmig: ${guest}: migrate begin: no decision within ${seconds} s (domain XML not closed on stdin, or sysfs too slow); refusing the migration\n`);
  try {
    const where = `${guest}: domain XML on stdin`;
    const domain = readDomainXml(typeof stdin === 'function' ? stdin() : await readAll(stdin, where), where);
    // A guest without assigned devices is none of devmig's business: do not even read sysfs.
    if (domain.hostdevs.length === 0) return { kind: 'hook', guest: domain.name, decisions: [] };
    const opts: CheckOptions = {
      mode: flags.mode ?? config.mode ?? 'strict',
      options: { ...packOptionsOf(config), ...packOptionsOf(flags) },
      rules: flags.rules ?? config.rules ?? [],
    };
    const proc = flags.proc ?? (env.DEVMIG_PROC || undefined) ?? config.proc;
    const nvidiaSmiXml = flags.nvidiaSmiXml ?? config.nvidiaSmiXml;
    const sources = liveCollectOptions({
      ...(proc === undefined ? {} : { proc }),
      ...(nvidiaSmiXml === undefined ? {} : { nvidiaSmiXml }),
      set: { ...config.set, ...flags.set },
    });
    const host = collect({ ...sources, sysfs: flags.sysfs ?? (env.DEVMIG_SYSFS || undefined) ?? config.sysfs ?? '/sys' });
    const { forward, ruleSet } = createForwardCheckers(opts);
    return { kind: 'hook', guest: domain.name, decisions: decideMigration(domain, host, forward, ruleSet) };
  } finally {
    disarm();
  }
}
