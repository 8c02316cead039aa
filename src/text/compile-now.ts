/**
 * Machine code for a RegExp before its first real use. V8 runs a RegExp's first
 * execution in its bytecode interpreter and compiles machine code only at the next one,
 * unless the subject is long (1,000 units or more: V8 then compiles machine code
 * straight away). For a language's trigger alternation (30–60 patterns with Unicode
 * classes) building and running the interpreter's bytecode on the first, short sentence
 * took 8–14 ms of a fresh process's first `extract`; machine code at once, about 2 ms.
 * One execution on a long subject asks for it. V8 compiles for the subject's encoding
 * (one byte per unit, or two), so the subject is taken from the text the RegExp will
 * read: a kilobyte of it, padded with spaces when shorter. In other engines this is one
 * scan of a kilobyte.
 */

const LONG_SUBJECT = 1000;

/**
 * `regex`, executed once on a long subject made from `like`, so that its machine code
 * for text like `like` exists before its first real use; `lastIndex` is left at 0.
 * @example compileNow(/(?<!\p{L})(?:met|held talks)/gu, text).exec(sentence)
 */
export function compileNow<T extends RegExp>(regex: T, like: string): T {
  const subject = like.length >= LONG_SUBJECT ? like.slice(0, LONG_SUBJECT) : like.padEnd(LONG_SUBJECT);
  regex.lastIndex = 0;
  regex.exec(subject);
  regex.lastIndex = 0;
  return regex;
}
