import { Worker } from 'node:worker_threads';

// Runs on its own thread, so it fires even while the main thread is stuck in a synchronous
// sysfs read: it writes the reason straight to fd 2 and ends the process with SIGKILL, which
// no handler (a wrapper's, a library's) can delay while the main thread is busy.
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
if (Atomics.wait(new Int32Array(workerData.flag), 0, 0, workerData.ms) === 'timed-out') {
  writeSync(2, workerData.message);
  process.kill(process.pid, 'SIGKILL');
}`;

/**
 * Arm a deadline: after `ms` milliseconds, `message` goes to stderr and the process is
 * terminated (a non-zero status for libvirt). Returns the function that disarms it.
 */
export function startWatchdog(ms: number, message: string): () => void {
  const flag = new SharedArrayBuffer(4);
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { flag, ms, message } });
  worker.unref();
  return () => {
    const cell = new Int32Array(flag);
    Atomics.store(cell, 0, 1);
    Atomics.notify(cell, 0);
  };
}
