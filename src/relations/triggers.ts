/**
 * Compiles a language's trigger lexicon into one RegExp per language, with a
 * numbered group around each pattern so a match tells which trigger fired; the
 * patterns are lowercased and run over the lowercased text.
 */
import type { LanguagePack, TriggerPattern } from "../lang/types.js";
import type { RelationType } from "../schema/result.js";
import { COMMON_WORD_UNITS } from "../text/chars.js";

export interface Trigger {
  type: RelationType;
  kind?: string;
  voice: "active" | "passive";
  agent?: "after";
  start: number;
  end: number;
  text: string;
}

export interface CompiledTriggers {
  regex: RegExp | null;
  alternatives: { type: RelationType; pattern: TriggerPattern }[];
  /** The capture-group number that wraps each alternative (patterns may hold groups of their own). */
  groups: number[];
}

/** Word boundaries for any script: no letter or digit on either side. */
const BEFORE = `(?<![${COMMON_WORD_UNITS}])(?<![\\p{L}\\p{M}\\p{N}])`;
const AFTER = "(?![\\p{L}\\p{M}\\p{N}])";

/**
 * One RegExp for all triggers of the pack (null when it has none).
 * @example compileTriggers(en).regex.test("held talks")
 */
export function compileTriggers(pack: LanguagePack | undefined): CompiledTriggers {
  const alternatives: CompiledTriggers["alternatives"] = [];
  for (const [type, patterns] of Object.entries(pack?.triggers ?? {}) as [RelationType, TriggerPattern[]][]) {
    for (const pattern of patterns) alternatives.push({ type, pattern });
  }
  if (alternatives.length === 0) return { regex: null, alternatives, groups: [] };
  // One numbered group around each alternative; its number skips the groups inside earlier ones.
  // Lowercase, matched against lowercased text (`lowerText`): a case-insensitive RegExp
  // compiled ~2.5 times slower (its first use was a fifth of the first `extract`) and ran slower.
  const sources = alternatives.map((a) => lowercaseSource(a.pattern.pattern.trim().replace(/ +/g, "\\s+")));
  const groups: number[] = [];
  let next = 1;
  for (const src of sources) {
    groups.push(next);
    next += 1 + countGroups(src);
  }
  const source = sources.map((src) => `(${src})`).join("|");
  // Unspaced scripts have no word boundaries (Korean patterns spell out the particles they take).
  const unspaced = pack?.syntax?.unspaced === true;
  const before = unspaced ? "" : BEFORE;
  const after = unspaced ? "" : AFTER;
  return { regex: new RegExp(`${before}(?:${source})${after}`, "gu"), alternatives, groups };
}

/**
 * The triggers in `text[start, end)`, in text order; `lower` is `lowerText(text)`
 * when the caller has it (one per document, not one per sentence).
 * @example findTriggers(compiled, "Xi met Kim.", 0, 11) // [{ type: "meeting", text: "met", … }]
 */
export function findTriggers(compiled: CompiledTriggers, text: string, start: number, end: number, lower?: string): Trigger[] {
  if (!compiled.regex) return [];
  const out: Trigger[] = [];
  const slice = (lower ?? lowerText(text)).slice(start, end);
  // An exec loop, not matchAll: matchAll clones the regex on every call.
  const regex = compiled.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
    if (m[0].length === 0) regex.lastIndex++;
    let index = -1;
    for (let i = 0; i < compiled.groups.length; i++) {
      if (m[compiled.groups[i]!] !== undefined) {
        index = i;
        break;
      }
    }
    if (index < 0) continue;
    const { type, pattern } = compiled.alternatives[index]!;
    const at = start + m.index!;
    const t: Trigger = { type, voice: pattern.voice ?? "active", start: at, end: at + m[0].length, text: text.slice(at, at + m[0].length) };
    if (pattern.kind) t.kind = pattern.kind;
    if (pattern.agent) t.agent = pattern.agent;
    out.push(t);
  }
  return out;
}

/**
 * The text in lowercase, unit for unit (offsets carry over): "İ" is the only BMP
 * unit whose lowercase is longer, and it becomes "i".
 * @example lowerText("KCNA: Kim") === "kcna: kim"
 */
export function lowerText(text: string): string {
  return (text.includes("\u0130") ? text.replace(/\u0130/g, "i") : text).toLowerCase();
}

/**
 * A pattern source with its literal characters in lowercase; escapes (\\S, \\p{Lu},
 * \\u0130…) are kept as written.
 * @example lowercaseSource("Teilnahme(?=\\s(?:des|der))") === "teilnahme(?=\\s(?:des|der))"
 */
export function lowercaseSource(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      const brace = (next === "p" || next === "P" || next === "u") && source[i + 2] === "{" ? source.indexOf("}", i) : -1;
      const end = brace >= 0 ? brace + 1 : next === "u" ? i + 6 : next === "x" ? i + 4 : next === "c" ? i + 3 : i + 2;
      out += source.slice(i, end);
      i = end - 1;
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/**
 * The capturing groups of a pattern source, counted without compiling it: "(" not
 * escaped, not in a class, and not "(?:", "(?=", "(?!", "(?<=", "(?<!".
 * @example countGroups("(a|(?:b))(?<x>c)\\(") === 2
 */
export function countGroups(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") {
      if (source[i + 1] !== "?") count++;
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") count++;
    }
  }
  return count;
}
