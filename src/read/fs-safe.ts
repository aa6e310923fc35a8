import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readlinkSync, type Stats } from 'node:fs';
import { errnoCode } from '../errors.js';

/** Largest attribute file read; sysfs attributes are a page, a GPU BAR claims 128 GiB. */
export const MAX_ATTRIBUTE_BYTES = 64 * 1024;

/** One read buffer for every attribute (reads are synchronous); each result is copied out of it. */
const readBuffer = Buffer.allocUnsafe(MAX_ATTRIBUTE_BYTES + 1);

export type { Skipped } from '../types.js';

export type EntryKind = 'file' | 'dir' | 'link' | 'other';

/** lstat that never follows a link; a failure is returned as a reason, never thrown. */
export function lstatSafe(path: string): Stats | string {
  try {
    return lstatSync(path);
  } catch (err) {
    return `cannot stat (${errnoCode(err) ?? 'error'})`;
  }
}

/** Classify an lstat result; FIFOs, sockets and device nodes are all 'other' and never opened. */
export function entryKind(st: Stats): EntryKind {
  if (st.isSymbolicLink()) return 'link';
  if (st.isDirectory()) return 'dir';
  if (st.isFile()) return 'file';
  return 'other';
}

/** Human words for a non-regular entry, for the skipped list. */
export function describeOther(st: Stats): string {
  if (st.isFIFO()) return 'FIFO, not read';
  if (st.isSocket()) return 'socket, not read';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device node, not read';
  return 'not a regular file, not read';
}

/** Link text, or a reason it could not be read. */
export function readLinkText(path: string): { text: string } | { skip: string } {
  try {
    return { text: readlinkSync(path) };
  } catch (err) {
    return { skip: `cannot read link (${errnoCode(err) ?? 'error'})` };
  }
}

/**
 * Read a regular attribute file without ever blocking or reading a BAR:
 * - no read permission bit at all (sysfs write-only attributes such as `remove`) is skipped,
 *   even as root, because reading them fails or triggers driver code;
 * - the size claimed by stat and the bytes actually read are both bounded by MAX_ATTRIBUTE_BYTES
 *   (sysfs claims 4096 for every attribute, so the read bound is what really protects us);
 * - O_NONBLOCK guards against the entry having turned into a FIFO since lstat.
 */
export function readBoundedFile(path: string, st: Stats): { bytes: Buffer } | { skip: string } {
  if ((st.mode & 0o444) === 0) return { skip: 'write-only, not read' };
  if (st.size > MAX_ATTRIBUTE_BYTES) return { skip: `claims ${st.size} bytes, over the ${MAX_ATTRIBUTE_BYTES}-byte limit, not read` };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (err) {
    return { skip: `cannot open (${errnoCode(err) ?? 'error'})` };
  }
  try {
    if (!fstatSync(fd).isFile()) return { skip: 'not a regular file when opened, not read' };
    const buf = readBuffer;
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got > MAX_ATTRIBUTE_BYTES) return { skip: `over the ${MAX_ATTRIBUTE_BYTES}-byte limit, not read` };
    }
    return { bytes: Buffer.from(buf.subarray(0, got)) };
  } catch (err) {
    return { skip: `read failed (${errnoCode(err) ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Attribute text per the profile format: UTF-8 without NUL, with one trailing newline and
 * trailing blanks removed. Returns undefined for binary or non-UTF-8 bytes.
 */
export function attributeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  // A backward scan, not /[ \t\r]+$/: that regex retries from every blank of a run and is
  // quadratic on blanks followed by a non-blank (64 KiB took seconds).
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 0x0a) end--;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}
