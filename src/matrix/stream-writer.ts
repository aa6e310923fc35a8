import type { Writable } from 'node:stream';

/** Chunk size handed to the stream: large enough that 100,000 rows are a few hundred writes. */
const CHUNK = 64 * 1024;

/**
 * Buffered writes that respect back-pressure: a streamed matrix can be far larger than
 * memory, so when the stream's buffer is full we wait for 'drain' instead of queueing more.
 */
export class StreamWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: Writable) {}

  /** Queue text; returns true when the caller should `await flush()` before writing more. */
  push(text: string): boolean {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= CHUNK;
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.out.write(text)) return;
    // A reader that goes away (head, a closed pipe) must not leave us waiting for 'drain'.
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.out.off('drain', done).off('close', done).off('error', done);
        resolve();
      };
      this.out.on('drain', done).on('close', done).on('error', done);
    });
  }
}
