/**
 * Sentence boundaries by a fast scan: terminal punctuation followed by a
 * likely sentence start, blank lines, and line breaks before a capital;
 * abbreviations and ordinals of the language do not end sentences.
 */
import type { Span } from "../schema/result.js";
import { CharClass, PROP_CLASS, PROP_UPPER, charProps } from "./chars.js";
import { scanTokens, type Tokens } from "./tokens.js";

export interface SentenceRules {
  /** Folded abbreviations without their final period: "pln", "m.in", "gen". */
  abbreviations: Set<string>;
  /** A number followed by a period is an ordinal ("80. rocznica"). */
  ordinalPeriod: boolean;
}

const CLOSERS = new Set(['"', "'", ")", "]", "»", "”", "’", "」", "』", "）"]);

/**
 * Splits `text[from, to)` into sentences (trimmed, never empty); `tokens` are the text's
 * tokens over the same range (`scanTokens`), scanned here when not given.
 * @example splitSentences("Xi met Kim. Kim left.", folded, rules) // [{start:0,end:11},{start:12,end:21}]
 */
export function splitSentences(text: string, folded: string, rules: SentenceRules, from = 0, to = text.length, tokens: Tokens = scanTokens(text, folded, from, to)): Span[] {
  const props = charProps();
  const out: Span[] = [];
  let start = -1; // first non-space unit of the current sentence
  let hasWord = false;
  let i = from;
  const close = (end: number) => {
    if (start >= 0 && hasWord) out.push({ start, end });
    start = -1;
    hasWord = false;
  };
  // Words are stepped over a token at a time: the scan reads only the units between them
  // (counted: 1.7 % fewer instructions for `extract` than reading the words unit by unit).
  let t = 0;
  while (i < to) {
    while (t < tokens.count && tokens.start[t]! < i) t++;
    if (t < tokens.count && tokens.start[t] === i) {
      if (start < 0) start = i;
      hasWord = true;
      i = Math.max(i + 1, Math.min(to, tokens.end[t]!));
      t++;
      continue;
    }
    const code = text.charCodeAt(i);
    const c = props[code]! & PROP_CLASS;
    if (c === CharClass.Letter || c === CharClass.Digit) {
      // A letter no token covers (tokens of another range): the rest of the word in a tight loop.
      if (start < 0) start = i;
      hasWord = true;
      i++;
      while (i < to) {
        const k = props[text.charCodeAt(i)]! & PROP_CLASS;
        if (k !== CharClass.Letter && k !== CharClass.Digit) break;
        i++;
      }
      continue;
    }
    if (c === CharClass.Newline) {
      const lineEnd = trimEnd(text, start, i, props);
      // Blank line, or a line break before something that is not a lowercase continuation.
      let j = i + 1;
      let blank = false;
      while (j < to) {
        const k = props[text.charCodeAt(j)]! & PROP_CLASS;
        if (k === CharClass.Newline) blank = true;
        else if (k !== CharClass.Space) break;
        j++;
      }
      if (start >= 0 && (blank || j >= to || !continuesLowercase(text, j, props))) close(lineEnd);
      i = j;
      continue;
    }
    if (c === CharClass.Space) {
      i++;
      continue;
    }
    if (start < 0) start = i;
    if (c === CharClass.Ideograph || c === CharClass.Unspaced || c === CharClass.HighSurrogate) {
      hasWord = true;
      i++;
      continue;
    }
    if (c === CharClass.Terminator || c === CharClass.Period) {
      const strong = code === 0x3002 || code === 0xff01 || code === 0xff1f; // 。！？ always end
      let j = i + 1;
      while (j < to) {
        const u = text.charCodeAt(j);
        const k = props[u]! & PROP_CLASS;
        if (k === CharClass.Terminator || k === CharClass.Period || CLOSERS.has(text[j]!)) j++;
        else break;
      }
      if (strong) {
        close(j);
        i = j;
        continue;
      }
      // Look at what follows the spaces.
      let n = j;
      while (n < to && (props[text.charCodeAt(n)]! & PROP_CLASS) === CharClass.Space) n++;
      const atEnd = n >= to || (props[text.charCodeAt(n)]! & PROP_CLASS) === CharClass.Newline;
      if (atEnd) {
        close(j);
        i = j;
        continue;
      }
      if (n === j) {
        // No space after the period: "m.in.", "3.5", "U.S." — not a boundary.
        i = j;
        continue;
      }
      if (c === CharClass.Period && j === i + 1 && !endsSentence(text, folded, i, n, rules, props)) {
        i = j;
        continue;
      }
      if (startsSentence(text, n, props)) {
        close(j);
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  close(trimEnd(text, start, to, props));
  return out;
}

function trimEnd(text: string, start: number, end: number, props: Uint8Array): number {
  let e = end;
  while (e > start && e > 0) {
    const k = props[text.charCodeAt(e - 1)]! & PROP_CLASS;
    if (k !== CharClass.Space && k !== CharClass.Newline) break;
    e--;
  }
  return e;
}

function continuesLowercase(text: string, j: number, props: Uint8Array): boolean {
  const p = props[text.charCodeAt(j)]!;
  return (p & PROP_CLASS) === CharClass.Letter && !(p & PROP_UPPER) && text[j]!.toUpperCase() !== text[j];
}

/** Could a sentence start at `n`? Uppercase letters, digits, quotes, brackets, other scripts. */
function startsSentence(text: string, n: number, props: Uint8Array): boolean {
  const p = props[text.charCodeAt(n)]!;
  const k = p & PROP_CLASS;
  if (k === CharClass.Letter) return (p & PROP_UPPER) !== 0 || text[n]!.toLowerCase() === text[n]!.toUpperCase();
  return true;
}

/** A period at `dot` after a word: does it end the sentence, given the word before it? */
function endsSentence(text: string, folded: string, dot: number, next: number, rules: SentenceRules, props: Uint8Array): boolean {
  let s = dot;
  while (s > 0) {
    const k = props[text.charCodeAt(s - 1)]! & PROP_CLASS;
    if (k === CharClass.Letter || k === CharClass.Digit || k === CharClass.Period) s--;
    else break;
  }
  // The word's length is `dot - s`: read on the slice, it was a property load on strings of many kinds (a megamorphic lookup).
  if (dot === s) return true;
  const word = folded.slice(s, dot);
  if (rules.abbreviations.has(word)) return false;
  // A single capital letter is an initial ("J. Smith").
  if (dot - s === 1 && (props[text.charCodeAt(s)]! & PROP_UPPER)) return false;
  if (rules.ordinalPeriod && /^\d{1,3}$/.test(word)) {
    // "80. rocznicy", "3. September": an ordinal unless a capitalised sentence plainly follows a long number.
    return false;
  }
  // "m.in." style abbreviations with inner periods.
  if (word.includes(".") && rules.abbreviations.has(word)) return false;
  return (props[text.charCodeAt(next)]! & PROP_CLASS) !== CharClass.Letter || startsSentence(text, next, props);
}
