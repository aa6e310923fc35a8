import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';

/**
 * The deadline as a process of its own: a shell that sleeps, then, if devmig is still its
 * parent, writes the reason to stderr and ends devmig with SIGKILL, which no handler (a
 * wrapper's, a library's) can delay and which fires even while devmig's main thread is stuck
 * in a synchronous sysfs read. Once devmig is gone the shell is re-parented and does nothing,
 * so a recycled pid is never killed (without /proc to tell, it fails closed and kills). It
 * shares devmig's stderr, so it runs in a process group of its own that disarming (and
 * devmig's exit) kills whole, the shell and its sleep: whoever reads devmig's output sees its
 * end when devmig ends. Starting it costs a fork, not a thread with a Node.js runtime of its
 * own (which added a quarter to the hook's cold start).
 */
const KILLER = `sleep "$1"
if [ -r /proc/$$/stat ]; then [ "$(cut -d' ' -f4 /proc/$$/stat)" = "$PPID" ] || exit 0; fi
printf '%s' "$2" >&2
kill -KILL "$PPID"`;

// Where no shell can be started: the same deadline on a thread of its own.
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
if (Atomics.wait(new Int32Array(workerData.flag), 0, 0, workerData.ms) === 'timed-out') {
  writeSync(2, workerData.message);
  process.kill(process.pid, 'SIGKILL');
}`;

/** The deadline on a thread of its own (exported for its test: a shell can always be started there). */
export function threadWatchdog(ms: number, message: string): () => void {
  const flag = new SharedArrayBuffer(4);
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { flag, ms, message } });
  worker.unref();
  return () => {
    const cell = new Int32Array(flag);
    Atomics.store(cell, 0, 1);
    Atomics.notify(cell, 0);
  };
}

/**
 * Arm a deadline: after `ms` milliseconds, `message` goes to stderr and the process is
 * terminated (a non-zero status for libvirt). Returns the function that disarms it.
 */
export function startWatchdog(ms: number, message: string): () => void {
  const seconds = (ms / 1000).toFixed(3);
  const killer = spawn('/bin/sh', ['-c', KILLER, 'devmig-watchdog', seconds, message], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  if (killer.pid === undefined) {
    killer.on('error', () => {}); // reported asynchronously; the thread below takes over
    return threadWatchdog(ms, message);
  }
  killer.unref();
  const group = -killer.pid;
  const disarm = () => {
    process.off('exit', disarm);
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.on('exit', disarm);
  return disarm;
}
