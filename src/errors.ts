/**
 * Typed errors. `extract()` never throws on a string; these are thrown for a
 * non-string input, an invalid option or an invalid gazetteer.
 */

export type CommuniqueErrorCode = "INVALID_INPUT" | "INVALID_OPTIONS" | "INVALID_GAZETTEER";

/** Base class of every error the library throws on purpose. */
export class CommuniqueError extends Error {
  readonly code: CommuniqueErrorCode;
  constructor(code: CommuniqueErrorCode, message: string) {
    super(message);
    this.name = "CommuniqueError";
    this.code = code;
  }
}

/** The text given to `extract` is not a string. @example new InvalidInputError("number") */
export class InvalidInputError extends CommuniqueError {
  constructor(received: string) {
    super("INVALID_INPUT", `extract(text) expects a string, received ${received}`);
    this.name = "InvalidInputError";
  }
}

/** An option is unknown or malformed. `path` names the option. */
export class InvalidOptionsError extends CommuniqueError {
  readonly path: string;
  constructor(path: string, message: string) {
    super("INVALID_OPTIONS", `invalid option ${path || "(options)"}: ${message}`);
    this.name = "InvalidOptionsError";
    this.path = path;
  }
}

/** A gazetteer entry is invalid. `entry` is its id (or index) and `path` the field. */
export class GazetteerError extends CommuniqueError {
  readonly entry: string;
  readonly path: string;
  constructor(entry: string, path: string, message: string) {
    super("INVALID_GAZETTEER", `invalid gazetteer entry ${entry}${path ? ` at ${path}` : ""}: ${message}`);
    this.name = "GazetteerError";
    this.entry = entry;
    this.path = path;
  }
}

/** A printable description of a value's type for error messages. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}
