import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
let hooked = false;

/**
 * A fresh temporary directory (`prefix` + random suffix), removed when the test process exits,
 * so sparse BAR files and FIFOs never pile up in /tmp.
 */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  if (!hooked) {
    hooked = true;
    process.on('exit', () => {
      for (const d of made) {
        try {
          rmSync(d, { recursive: true, force: true });
        } catch {
          // A directory left mode 000 by a failed test: nothing more to do at exit.
        }
      }
    });
  }
  return dir;
}
