import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { readHostIndexText } from '../collect/write-profiles.js';
import { InputError } from '../errors.js';

/**
 * Reading a fleet's host indexes, one file per host, on two threads. On a virtual machine the
 * four system calls that read a host index safely (open, fstat, read, close) take most of the
 * time of `devmig matrix` on a large tree, and a thread blocked in them holds no lock: a helper
 * thread reads chunks of hosts while the caller's thread reads others. Results come back in
 * host order, and neither thread runs more than a few thousand hosts ahead, so the texts held
 * at once are bounded whatever the fleet's size. A helper that cannot start, or fails, leaves
 * its chunks to the caller's thread: the hosts are read either way.
 */

/** One host's index: its text, undefined when the host has none (it is then walked), or the error naming the file. */
export type HostIndexRead = string | undefined | InputError;

/** Hosts claimed at a time. */
const CHUNK_HOSTS = 256;
/** Chunks a thread may read ahead of the one being handed out (a bound on texts held). */
const MAX_AHEAD = 16;
/** Below this many hosts starting a thread (tens of ms) costs more than it saves. */
export const PARALLEL_FROM = 4_096;
/** Distinct texts the helper sends once and then by number (a fleet's hosts mostly repeat a few). */
const REMEMBERED = 4_096;
/** The helper's young generation (V8's default is several times this). */
const HELPER_YOUNG_MB = 4;
/** How long the caller waits for a chunk the helper claimed before reading it itself. */
const HELPER_PATIENCE_MS = 10_000;

// Slots of the shared counters.
const NEXT = 0; // next chunk to claim
const HANDED = 1; // chunks handed out to the caller so far
const POSTED = 2; // chunks the helper has posted
const STOP = 3; // 1: the caller is done (or gave up on the helper)
const FAILED = 4; // 1: the helper stopped on an error of its own
const SLOTS = 5;

/** A host read by the helper: its text, the number of a text it sent before, null (no index) or [file, reason]. */
type Sent = string | number | null | [string, string];

interface ChunkMessage {
  chunk: number;
  reads: Sent[];
}

interface HelperData {
  /** The fleet directory and its host names joined by NUL (one string: cheap to pass to a thread; no file name holds NUL). */
  base: string;
  names: string;
  chunk: number;
  shared: SharedArrayBuffer;
  port: MessagePort;
}

function readOne(dir: string): HostIndexRead {
  try {
    return readHostIndexText(dir);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

const chunkOf = (base: string, names: readonly string[], chunk: number, c: number): HostIndexRead[] =>
  names.slice(c * chunk, (c + 1) * chunk).map((name) => readOne(`${base}/${name}`));

/** Claim the next chunk, unless that would run more than MAX_AHEAD chunks ahead of the caller; -1 when none is left or it must wait. */
function claim(counters: Int32Array, chunks: number): number {
  for (;;) {
    const next = Atomics.load(counters, NEXT);
    if (next >= chunks || next - Atomics.load(counters, HANDED) > MAX_AHEAD) return -1;
    if (Atomics.compareExchange(counters, NEXT, next, next + 1) === next) return next;
  }
}

/** The helper thread's work (host-index-worker.ts runs it): claim chunks, read them, post them in the order read. */
export function helperLoop({ base, names: joined, chunk, shared, port }: HelperData): void {
  const counters = new Int32Array(shared);
  const names = joined.split('\0');
  const chunks = Math.ceil(names.length / chunk);
  const remembered = new Map<string, number>();
  try {
    while (Atomics.load(counters, STOP) === 0) {
      // Read before claiming: a chunk handed out in between ends the wait below at once.
      const handed = Atomics.load(counters, HANDED);
      const c = claim(counters, chunks);
      if (c < 0) {
        if (Atomics.load(counters, NEXT) >= chunks) break;
        // Too far ahead: wait for the caller to take a chunk.
        Atomics.wait(counters, HANDED, handed, 50);
        continue;
      }
      const reads = chunkOf(base, names, chunk, c).map((r): Sent => {
        if (r === undefined) return null;
        if (r instanceof InputError) return [r.file, r.reason];
        const known = remembered.get(r);
        if (known !== undefined) return known;
        if (remembered.size < REMEMBERED) remembered.set(r, remembered.size);
        return r;
      });
      port.postMessage({ chunk: c, reads } satisfies ChunkMessage);
      Atomics.add(counters, POSTED, 1);
      Atomics.notify(counters, POSTED);
    }
  } catch {
    // Whatever it was, the caller reads this helper's chunks itself.
    Atomics.store(counters, FAILED, 1);
    Atomics.notify(counters, POSTED);
  } finally {
    port.close();
  }
}

/**
 * The helper's code, beside the bundle that runs this: the CLI's (CommonJS, with __dirname) or
 * the library's, both in dist/. From the TypeScript source (tests) there is none beside it:
 * the helper then fails to load and the caller reads every host.
 */
function helperFile(): string | URL {
  if (typeof __dirname === 'string') return join(__dirname, 'host-index-worker.js');
  return new URL('./host-index-worker.js', import.meta.url);
}

export interface HostIndexReadOptions {
  /** Hosts from which a helper thread reads part of them (PARALLEL_FROM by default; Infinity: never). */
  parallelFrom?: number;
  /**
   * Tests: the helper's code (one that fails shows the caller reading its hosts), hosts per
   * claim, and whether to let the helper post its first chunk (waiting up to 5 s) before
   * reading, so that a small fleet is shared too, however busy the machine.
   */
  helper?: string | URL;
  chunkHosts?: number;
  waitForHelper?: boolean;
}

/** How the reads were shared: chunks of hosts the helper read (0: it never started, or the fleet is small). */
export interface HostIndexReadSummary {
  helped: number;
}

/**
 * The host index of each host `base/name` of `names`, as [index, read] in the order given.
 * Stop early by leaving the loop: the helper is told to stop.
 */
export function* hostIndexReads(base: string, names: readonly string[], opts: HostIndexReadOptions = {}): Generator<[number, HostIndexRead], HostIndexReadSummary, undefined> {
  if (names.length < (opts.parallelFrom ?? PARALLEL_FROM)) {
    for (let i = 0; i < names.length; i++) yield [i, readOne(`${base}/${names[i]!}`)];
    return { helped: 0 };
  }
  const shared = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
  const counters = new Int32Array(shared);
  const chunk = opts.chunkHosts ?? CHUNK_HOSTS;
  const chunks = Math.ceil(names.length / chunk);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  try {
    worker = new Worker(opts.helper ?? helperFile(), {
      workerData: { base, names: names.join('\0'), chunk, shared, port: port2 } satisfies HelperData,
      transferList: [port2],
      // Its garbage is one text per host: a small young generation keeps its memory small (about 30 MB less at 100,000 hosts).
      resourceLimits: { maxYoungGenerationSizeMb: HELPER_YOUNG_MB },
    });
    worker.unref();
    // A helper that fails to load ends without claiming a chunk: nothing to do about it.
    worker.on('error', () => {});
  } catch {
    worker = undefined;
  }
  if (opts.waitForHelper) Atomics.wait(counters, POSTED, 0, 5_000);
  const own = new Map<number, HostIndexRead[]>();
  const theirs = new Map<number, HostIndexRead[]>();
  const theirTexts: string[] = [];
  const receive = (): boolean => {
    const m = receiveMessageOnPort(port1)?.message as ChunkMessage | undefined;
    if (m === undefined) return false;
    // Decoded even when stale (a chunk read here after the helper took too long), so that texts stay numbered as the helper numbers them.
    const reads = m.reads.map((r): HostIndexRead => {
      if (r === null) return undefined;
      if (typeof r === 'number') return theirTexts[r]!;
      if (Array.isArray(r)) return new InputError(r[0], r[1]);
      if (theirTexts.length < REMEMBERED) theirTexts.push(r);
      return r;
    });
    if (m.chunk >= Atomics.load(counters, HANDED)) theirs.set(m.chunk, reads);
    return true;
  };
  let helped = 0;
  /** Chunk c, which the helper claimed: its message, or (if it failed or is stuck) a read of our own. */
  const awaitTheirs = (c: number): HostIndexRead[] => {
    const deadline = Date.now() + HELPER_PATIENCE_MS;
    for (;;) {
      // Read before receiving: a chunk posted in between ends the wait below at once.
      const posted = Atomics.load(counters, POSTED);
      while (receive()) {
        if (theirs.has(c)) {
          helped++;
          return theirs.get(c)!;
        }
      }
      const left = deadline - Date.now();
      if (Atomics.load(counters, FAILED) === 1 || left <= 0) return chunkOf(base, names, chunk, c);
      Atomics.wait(counters, POSTED, posted, Math.min(left, 100));
    }
  };
  try {
    for (let c = 0; c < chunks; c++) {
      let reads = own.get(c);
      // Take what the helper has posted, so that a chunk it has read is not waited for by reading others first.
      while (reads === undefined && !theirs.has(c) && receive());
      if (reads === undefined && theirs.has(c)) {
        reads = theirs.get(c)!;
        helped++;
      }
      while (reads === undefined) {
        const mine = claim(counters, chunks);
        if (mine >= 0) {
          own.set(mine, chunkOf(base, names, chunk, mine));
          reads = own.get(c);
        } else {
          // Nothing we may claim, so c is claimed (every chunk is, or we are MAX_AHEAD past c), not by us: the helper's.
          reads = awaitTheirs(c);
        }
      }
      own.delete(c);
      theirs.delete(c);
      Atomics.store(counters, HANDED, c + 1);
      Atomics.notify(counters, HANDED);
      for (let k = 0; k < reads.length; k++) yield [c * chunk + k, reads[k]];
    }
    return { helped };
  } finally {
    Atomics.store(counters, STOP, 1);
    Atomics.notify(counters, HANDED);
    port1.close();
    void worker?.terminate();
  }
}
