/**
 * An error meant for the person running the check: the message says what went wrong and what was
 * expected, and no stack trace is shown for it.
 */
export class HostError extends Error {
  /** @param message A complete, user-facing explanation. */
  constructor(message: string) {
    super(message);
    this.name = "HostError";
    this.stack = `${this.name}: ${message}`;
  }
}
