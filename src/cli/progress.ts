/** A run is long enough for a progress bar after this many seconds, or with this many source devices. */
const PROGRESS_AFTER_MS = 2000;
const PROGRESS_ROWS = 20_000;

/**
 * A progress bar on stderr for `devmig matrix`, only when a person watches it (stderr is a
 * terminal) and stdout is not that terminal too (the bar would tear the table), and only once
 * the run proves long. cli-progress is loaded only then, so other runs never pay for it.
 * Returns the tick: source devices done so far.
 */
export async function matrixProgress(total: number): Promise<(done: number) => void> {
  if (!process.stderr.isTTY || process.stdout.isTTY) return () => {};
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const started = Date.now();
  let bar: InstanceType<typeof SingleBar> | undefined;
  process.once('exit', () => bar?.stop());
  return (done) => {
    if (!bar && (total >= PROGRESS_ROWS || Date.now() - started > PROGRESS_AFTER_MS) && done < total) {
      bar = new SingleBar({ stream: process.stderr, format: 'devmig matrix [{bar}] {percentage}% | {value}/{total} source devices | ETA {eta}s', hideCursor: true }, Presets.shades_classic);
      bar.start(total, done);
    }
    bar?.update(done);
    if (done >= total) bar?.stop();
  };
}
