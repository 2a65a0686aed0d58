import * as fs from "fs";
import { constants } from "buffer";
import { CliError } from "../cli-error";

/** What a file given to an option should hold, for the error that says it does not. */
export interface Expected {
  /** The option that named the file, e.g. `--from-state`. */
  readonly option: string;
  /** The expected content in a few words, e.g. `the JSON of pulumi stack export`. */
  readonly shape: string;
}

const MEGABYTE = 1024 * 1024;

/**
 * Reads and parses one JSON file. A missing file, a file too large to hold as one string, and text that is not
 * JSON are each a {@link CliError} naming the option, the file, what was seen and what was expected.
 */
export function readJsonFile(file: string, expected: Expected): unknown {
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > constants.MAX_STRING_LENGTH) {
      throw new CliError(
        `${expected.option} ${file} is ${Math.round(size / MEGABYTE)} MB, more than the ${Math.floor(constants.MAX_STRING_LENGTH / MEGABYTE)} MB Node.js can read as one text; expected ${expected.shape} in smaller files: split the estate by subscription (docs/audit.md).`,
      );
    }
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${expected.option} ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); expected a file holding ${expected.shape}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${expected.option} ${file} is not JSON (${(error as Error).message}); expected ${expected.shape}.`);
  }
}

/** A short description of a JSON value for an error message: `an array of 3 items`, `the string "x"`, `absent`. */
export function describeJson(value: unknown): string {
  if (value === undefined) return "absent";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") {
    const keys = Object.keys(value as object);
    const shown = keys.slice(0, 5).map((k) => `"${k}"`).join(", ");
    return keys.length === 0 ? "an empty object" : `an object with keys ${shown}${keys.length > 5 ? ", ..." : ""}`;
  }
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return `the ${typeof value} ${String(value)}`;
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
