/**
 * A failure that stops a run with a message meant for the user (Spanish): a bad input, a missing
 * file, a malformed option. Any layer may raise it; the orchestration reports it and exits.
 */
export class RunFailure extends Error {}
