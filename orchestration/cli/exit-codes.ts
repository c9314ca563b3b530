/** Exit codes of the `memoria` command; scripts may rely on them (documented in the README). */
export const exitCodes = {
  /** The command did what was asked (for `run`: the edition was published). */
  ok: 0,
  /** The data or its tests did not allow a trustworthy result; nothing was changed. */
  failed: 1,
  /** The command line was wrong (unknown command or option, malformed value). */
  usage: 2,
  /** The machine is not set up (dbt virtualenv missing): run `npm install`. */
  environment: 3,
} as const;
