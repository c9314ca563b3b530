/** Where long steps report what they are doing; the CLI prints it, tests stay quiet. */
export interface Progress {
  step(message: string): void;
  detail(message: string): void;
}

/** Returns a progress printer writing to stderr so stdout stays for results. */
export function consoleProgress(verbose = false): Progress {
  return {
    step: (message) => process.stderr.write(`▸ ${message}\n`),
    detail: (message) => {
      if (verbose) process.stderr.write(`  ${message}\n`);
    },
  };
}

export const silentProgress: Progress = { step: () => {}, detail: () => {} };
