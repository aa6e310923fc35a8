import { spawnSync } from 'node:child_process';
import { InputError } from '../errors.js';
import { FILE_LIMITS, readTextFile } from '../read/bounded-file.js';
import type { Skipped } from '../read/fs-safe.js';
import { child, children, parseXmlDocument, text, type XmlElement } from '../read/xml.js';
import { pciId, sysfsPciAddress } from './pci-address.js';

/** What collect takes from `nvidia-smi -q -x` for one physical GPU. */
export interface NvidiaGpuFacts {
  /** `ecc_mode/current_ecc`, lower-cased: `enabled` or `disabled` (N/A and the like stay unknown). */
  ecc?: string;
  /** The board's PCI ids from `pci/pci_device_id` (`13BD10DE`: device, then vendor). */
  vendor?: string;
  device?: string;
}

/** The host-wide and per-GPU facts of one `nvidia-smi -q -x` document. */
export interface NvidiaSmiFacts {
  /** The file read, or the command run. */
  origin: string;
  /** `driver_version`: the host vGPU manager / driver release. */
  driverVersion?: string;
  /** By PCI address as sysfs names it (`0000:1a:00.0`). */
  gpus: Map<string, NvidiaGpuFacts>;
}

export const NVIDIA_SMI_COMMAND = 'nvidia-smi -q -x';
/** nvidia-smi answers in about a second per few GPUs; past this it is hung on a GPU or the driver. */
export const NVIDIA_SMI_TIMEOUT_MS = 5000;

/** A value nvidia-smi prints when it has none (`N/A`, `Not Supported`, `[Unknown Error]`). */
function known(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (v === undefined || v === '' || /^(n\/a|not supported|unknown|\[.*\])$/i.test(v)) return undefined;
  return v;
}

const leaf = (el: XmlElement | undefined, ...path: string[]): string | undefined => {
  let cur = el;
  for (const name of path) cur = child(cur, name);
  return cur === undefined ? undefined : known(text(cur));
};

function gpuFacts(gpu: XmlElement): NvidiaGpuFacts {
  const out: NvidiaGpuFacts = {};
  const ecc = leaf(gpu, 'ecc_mode', 'current_ecc')?.toLowerCase();
  if (ecc === 'enabled' || ecc === 'disabled') out.ecc = ecc;
  const id = leaf(gpu, 'pci', 'pci_device_id');
  if (id !== undefined && /^[0-9a-f]{8}$/i.test(id)) {
    const n = parseInt(id, 16);
    out.device = pciId(Math.floor(n / 0x10000));
    out.vendor = pciId(n % 0x10000);
  }
  return out;
}

/**
 * The facts of an `nvidia-smi -q -x` document (`origin` names it in errors): its root must
 * be `nvidia_smi_log`; a GPU whose address is not a PCI address is left out.
 */
export function parseNvidiaSmiXml(xml: string, origin: string): NvidiaSmiFacts {
  // nvidia-smi names its DTD (`<!DOCTYPE nvidia_smi_log SYSTEM "nvsmi_device_v12.dtd">`): skipped, never expanded.
  const { name, root } = parseXmlDocument(xml, origin, { doctype: 'skip' });
  if (name !== 'nvidia_smi_log') throw new InputError(origin, `not nvidia-smi -q -x output (root element <${name}>, expected <nvidia_smi_log>)`);
  const gpus = new Map<string, NvidiaGpuFacts>();
  for (const gpu of children(root, 'gpu')) {
    const id = gpu['@_id'];
    const address = typeof id === 'string' ? sysfsPciAddress(id) : undefined;
    if (address !== undefined) gpus.set(address, gpuFacts(gpu));
  }
  const driverVersion = leaf(root, 'driver_version');
  return { origin, gpus, ...(driverVersion === undefined ? {} : { driverVersion }) };
}

/** `--nvidia-smi-xml FILE`: read through the bounded reader; anything wrong is an input error naming FILE. */
export function readNvidiaSmiXml(file: string): NvidiaSmiFacts {
  return parseNvidiaSmiXml(readTextFile(file, 'nvidia-smi XML', FILE_LIMITS.toolXml), file);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Run `nvidia-smi -q -x` when it is on PATH, never hanging: killed (SIGKILL) past
 * NVIDIA_SMI_TIMEOUT_MS or past the XML size bound, its stdin closed and stderr dropped.
 * Not on PATH: null, nothing to say. Any other failure is recorded in `skipped` and the facts
 * stay unknown: the live tool failing is no reason to refuse the rest of the host.
 */
export function runNvidiaSmi(skipped: Skipped[], env: NodeJS.ProcessEnv = process.env): NvidiaSmiFacts | null {
  const r = spawnSync('nvidia-smi', ['-q', '-x'], {
    env,
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: NVIDIA_SMI_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: FILE_LIMITS.toolXml,
  });
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return null;
  const fail = (reason: string) => {
    skipped.push({ path: NVIDIA_SMI_COMMAND, reason: `${reason}; NVIDIA facts unknown` });
    return null;
  };
  if (code === 'ETIMEDOUT') return fail(`no answer within ${NVIDIA_SMI_TIMEOUT_MS / 1000} s, killed`);
  if (code === 'ENOBUFS') return fail(`output over the ${FILE_LIMITS.toolXml}-byte limit, killed`);
  if (r.error !== undefined) return fail(`cannot run (${code ?? r.error.message})`);
  if (r.status !== 0) return fail(r.signal !== null ? `killed by ${r.signal}` : `exited with status ${r.status}`);
  let xml: string;
  try {
    if (r.stdout.includes(0)) throw new Error('NUL');
    xml = utf8.decode(r.stdout);
  } catch {
    return fail('output is not UTF-8 text');
  }
  try {
    return parseNvidiaSmiXml(xml, NVIDIA_SMI_COMMAND);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return fail(err.message.replace(`${err.file}: `, ''));
  }
}
