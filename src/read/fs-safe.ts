import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readlinkSync, type Stats } from 'node:fs';
import { errnoCode } from '../errors.js';

/** Largest attribute file read; sysfs attributes are a page, a GPU BAR claims 128 GiB. */
export const MAX_ATTRIBUTE_BYTES = 64 * 1024;

/** One read buffer for every attribute (reads are synchronous); each result is copied out of it. */
const readBuffer = Buffer.allocUnsafe(MAX_ATTRIBUTE_BYTES + 1);

export type { Skipped } from '../types.js';

export type EntryKind = 'file' | 'dir' | 'link' | 'other';

/** What an entry's type is known from: an lstat result, or a directory entry (readdir's file type). */
type EntryType = Pick<Stats, 'isSymbolicLink' | 'isDirectory' | 'isFile' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

/** lstat that never follows a link; a failure is returned as a reason, never thrown. */
export function lstatSafe(path: string): Stats | string {
  try {
    return lstatSync(path);
  } catch (err) {
    return `cannot stat (${errnoCode(err) ?? 'error'})`;
  }
}

/** Classify an lstat result or a directory entry; FIFOs, sockets and device nodes are all 'other' and never opened. */
export function entryKind(st: EntryType): EntryKind {
  if (st.isSymbolicLink()) return 'link';
  if (st.isDirectory()) return 'dir';
  if (st.isFile()) return 'file';
  return 'other';
}

/** Human words for a non-regular entry, for the skipped list. */
export function describeOther(st: EntryType): string {
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

/** Why a regular file's metadata keeps it unread: no read permission bit, or a claimed size over the bound. */
function refusal(st: Stats, maxBytes: number): string | undefined {
  if ((st.mode & 0o444) === 0) return 'write-only, not read';
  if (st.size > maxBytes) return `claims ${st.size} bytes, over the ${maxBytes}-byte limit, not read`;
  return undefined;
}

/**
 * Read an open regular file into `buf` (grown up to `maxBytes + 1` when the file is larger
 * than it), bounded by `maxBytes` whatever size stat claims. A read that brings the total to
 * exactly the size fstat reported ends it without the empty read at end of file: a disk
 * file has no more; a sysfs attribute claims a page, which is all its text can fill, and
 * usually returns less, so it still gets the empty read; a size-0 procfs file reads to EOF.
 */
function readOpen(fd: number, st: Stats, maxBytes: number, buf: Buffer): { bytes: Buffer } | { skip: string } {
  let got = 0;
  for (;;) {
    if (got === buf.length) {
      const bigger = Buffer.allocUnsafe(Math.min(2 * buf.length, maxBytes + 1));
      buf.copy(bigger, 0, 0, got);
      buf = bigger;
    }
    const n = readSync(fd, buf, got, buf.length - got, null);
    if (n === 0) break;
    got += n;
    if (got > maxBytes) return { skip: `over the ${maxBytes}-byte limit, not read` };
    if (got === st.size) break;
  }
  return { bytes: Buffer.from(buf.subarray(0, got)) };
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
  const refused = refusal(st, MAX_ATTRIBUTE_BYTES);
  if (refused !== undefined) return { skip: refused };
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (err) {
    return { skip: `cannot open (${errnoCode(err) ?? 'error'})` };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { skip: 'not a regular file when opened, not read' };
    return readOpen(fd, opened, MAX_ATTRIBUTE_BYTES, readBuffer);
  } catch (err) {
    return { skip: `read failed (${errnoCode(err) ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}

/** Never follow a link (ELOOP instead), never block (a FIFO opens at once, and is then refused). */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

/**
 * A regular file a directory listing named, read with one system call fewer than lstat first
 * (open, fstat, read, close): O_NOFOLLOW and O_NONBLOCK make the open itself safe (a link is
 * refused, a FIFO never blocks, a device node is refused by fstat before any read), and the
 * descriptor's fstat gives what lstat did: the write-only and size checks run before a byte is
 * read. When the open fails, an lstat gives the reason the lstat-first order gave ('write-only',
 * the claimed size), so reports do not change. Up to `maxBytes` (an attribute's 64 KiB by
 * default); `absent` when the file does not exist.
 */
export function readRegularFile(path: string, maxBytes = MAX_ATTRIBUTE_BYTES): { bytes: Buffer } | { skip: string } | { absent: true } {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') return { absent: true };
    const st = lstatSafe(path);
    if (typeof st === 'string') return { skip: st };
    return { skip: (st.isFile() ? refusal(st, maxBytes) : undefined) ?? `cannot open (${code ?? 'error'})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { skip: 'not a regular file when opened, not read' };
    const refused = refusal(st, maxBytes);
    if (refused !== undefined) return { skip: refused };
    // The shared buffer whenever the claimed size fits it (it holds one byte more than an attribute may).
    const buf = maxBytes === MAX_ATTRIBUTE_BYTES || st.size < readBuffer.length ? readBuffer : Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 1));
    return readOpen(fd, st, maxBytes, buf);
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
