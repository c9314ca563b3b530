/** Where long steps report what they are doing; the CLI prints it, tests stay quiet. */
export interface Progress {
  step(message: string): void;
  detail(message: string): void;
  /** Reports `done` of `total` units of the current step (dbt nodes, deliveries). */
  count(label: string, done: number, total: number): void;
}

/**
 * Returns a progress printer writing to stderr, so stdout stays for results. On a terminal the
 * counter rewrites one line; in a log it prints every tenth.
 */
export function consoleProgress(verbose = false): Progress {
  const tty = Boolean(process.stderr.isTTY) && !verbose;
  let lastTenth = -1;
  let counting = false;
  const endCount = () => {
    if (counting && tty) process.stderr.write('\n');
    counting = false;
    lastTenth = -1;
  };
  return {
    step(message) {
      endCount();
      process.stderr.write(`▸ ${message}\n`);
    },
    detail(message) {
      if (verbose) process.stderr.write(`  ${message}\n`);
    },
    count(label, done, total) {
      if (verbose) return;
      counting = true;
      if (tty) {
        process.stderr.write(`\r  ${label} ${done}/${total}`);
        if (done === total) endCount();
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`  ${label} ${done}/${total}\n`);
      }
    },
  };
}

export const silentProgress: Progress = { step: () => {}, detail: () => {}, count: () => {} };
