import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Samples, every `intervalMs`, the bytes DuckDB has spilled to disk under `dir`: the files of every
 * temporary folder DuckDB keeps beside a database (`<database>.tmp`, its default temp_directory),
 * at any depth (a run's work folder is a subfolder). Returns a handle whose `stop` gives the
 * peak in MB (issue #17: the spill of a full rebuild against the warehouse's size).
 */
export function watchPeakSpill(dir: string, intervalMs = 500): { stop(): Promise<number> } {
  let peak = 0;
  let sampling: Promise<void> = Promise.resolve();
  const sample = () => {
    sampling = sampling.then(async () => {
      peak = Math.max(peak, await spilledBytes(dir, false));
    });
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      sample();
      await sampling;
      return Math.round(peak / 1e6);
    },
  };
}

/** Returns the bytes of the files under `dir` that lie inside a `*.tmp` folder (missing folders count nothing). */
async function spilledBytes(dir: string, inside: boolean): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0; // the folder went away between two samples (a run's work folder is removed at commit)
  }
  let total = 0;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await spilledBytes(path, inside || entry.name.endsWith('.tmp'));
    else if (inside && entry.isFile())
      total += await stat(path).then(
        (stats) => stats.size,
        () => 0,
      );
  }
  return total;
}
