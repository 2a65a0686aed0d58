/**
 * A failure that stops the check before a verdict (bad arguments, unreadable files, a pack that fails to start):
 * one clear line for the user, exit code 2, no stack trace.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
