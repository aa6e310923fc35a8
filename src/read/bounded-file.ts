import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { InputError, errnoCode } from '../errors.js';

/**
 * The size each kind of file devmig reads may have: far above any real one, far below what
 * would hurt (a link to /dev/zero, a multi-gigabyte log named by mistake).
 */
export const FILE_LIMITS = {
  /** A profile file (JSON or flat key=value): a page of attributes. */
  profile: 64 * 1024,
  /** A rule pack: the largest built-in one is about 20 KiB. */
  rulePack: 1024 * 1024,
  /** devmig.toml / .devmig.json: a list of suppressions. */
  suppressions: 256 * 1024,
  /** /etc/devmig/hook.json. */
  hookConfig: 64 * 1024,
  /** A libvirt domain XML (tens of KiB, more with devmig metadata). */
  domainXml: 4 * 1024 * 1024,
  /** An inventory index for a fleet of 100,000 hosts is tens of MiB. */
  inventoryIndex: 512 * 1024 * 1024,
  /** Where VMs run (`plan --vms`): about 100 bytes a VM, so a million VMs fit. */
  vmPlacements: 256 * 1024 * 1024,
  /** A device management tool's XML report: tens of KiB per device, more with partitions and virtual instances. */
  toolXml: 16 * 1024 * 1024,
  /** One `virsh nodedev-dumpxml` device: a few KiB, more with many mdev types. */
  nodedevXml: 1024 * 1024,
  /** `mdevctl types --dumpjson` and `devlink -j port show`: a few hundred bytes per type or port. */
  toolJson: 16 * 1024 * 1024,
} as const;

function describeNonRegular(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device node';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/** Read an open descriptor to its end, failing past `maxBytes` rather than growing without bound. */
function readFdBounded(fd: number, maxBytes: number, where: string, what: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1, 1024 * 1024));
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      throw new InputError(where, `cannot read ${what} (${errnoCode(err) ?? 'error'})`);
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new InputError(where, `${what} is over the ${maxBytes}-byte limit`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The one way devmig reads a file a user names (rule packs, suppressions, the hook
 * configuration, profile files, inventory indexes, domain XML):
 * - opened non-blocking, so a FIFO never hangs us (and is then refused);
 * - regular files only: a FIFO, socket, device node (a link to /dev/zero) or directory is an
 *   input error naming the file;
 * - bounded: the size stat claims and the bytes actually read are both held to `maxBytes`;
 * - UTF-8 without NUL bytes.
 * Every failure is an InputError naming the file and what it is (`what`: "rule pack").
 */
export function readTextFile(path: string, what: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = errnoCode(err);
    throw new InputError(path, code === 'ENOENT' ? `no such ${what} (file not found)` : `cannot open ${what} (${code ?? 'error'})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError(path, `${what} is ${describeNonRegular(st)}, not a regular file`);
    if (st.size > maxBytes) throw new InputError(path, `${what} claims ${st.size} bytes, over the ${maxBytes}-byte limit`);
    return decodeText(readFdBounded(fd, maxBytes, path, what), path, what);
  } finally {
    closeSync(fd);
  }
}

/** Standard input, bounded the same way (`virsh dumpxml GUEST | devmig annotate`). */
export function readStdinText(what: string, maxBytes: number): string {
  return decodeText(readFdBounded(0, maxBytes, 'stdin', what), 'stdin', what);
}

function decodeText(bytes: Buffer, where: string, what: string): string {
  const binary = () => new InputError(where, `binary or non-UTF-8 content: a ${what} must be UTF-8 text without NUL bytes`);
  if (bytes.includes(0)) throw binary();
  try {
    return utf8.decode(bytes);
  } catch {
    throw binary();
  }
}
