// The helper thread of hostIndexReads (host-index-reads.ts): built to dist/host-index-worker.js.
import { workerData } from 'node:worker_threads';
import { helperLoop } from './host-index-reads.js';

helperLoop(workerData);
