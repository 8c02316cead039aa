/**
 * Serbian inflection of names in both scripts. Serbian declines names as
 * Croatian does ("Путин" → Путина/Путину/Путином, "Кина" → Кине/Кини/Кину/Кином,
 * "Северна Кореја" → Северне Кореје/Северној Кореји); the Croatian rules are
 * written once in Latin script and transliterated here into Cyrillic, so each
 * rule exists in both scripts.
 */
import { croatianRules, fleetingA, FLEETING_ENDINGS } from "../hr/inflection.js";
import type { InflectionData, Paradigm, SuffixRule, WordInfo } from "../types.js";

/** Serbian Latin digraphs, lower case and title case ("Lj"), each one Cyrillic letter. */
const DIGRAPHS = new Map<string, string>([
  ["lj", "љ"],
  ["nj", "њ"],
  ["dž", "џ"],
  ["Lj", "Љ"],
  ["Nj", "Њ"],
  ["Dž", "Џ"],
]);
const LETTERS: Record<string, string> = {
  a: "а", b: "б", c: "ц", č: "ч", ć: "ћ", d: "д", đ: "ђ", e: "е", f: "ф", g: "г", h: "х", i: "и", j: "ј", k: "к",
  l: "л", m: "м", n: "н", o: "о", p: "п", r: "р", s: "с", š: "ш", t: "т", u: "у", v: "в", z: "з", ž: "ж",
};
const LATIN = /\p{Script=Latin}/u;

/**
 * The pack's data asks for the same few hundred words over a thousand times at import
 * (the rules' endings repeat from rule to rule): each is transliterated once. Only the
 * pack's own words and patterns come here, never a document's text, so it stays small.
 */
const transliterated = new Map<string, string | null>();

/**
 * Serbian Latin to Cyrillic, letter by letter; other characters are kept, and a
 * Latin letter Serbian Cyrillic lacks (x, y, q, w, é) gives null.
 * @example toCyrillic("Kini") === "Кини"
 */
export function toCyrillic(latin: string): string | null {
  let out = transliterated.get(latin);
  if (out === undefined) {
    out = transliterate(latin);
    transliterated.set(latin, out);
  }
  return out;
}

function transliterate(latin: string): string | null {
  let out = "";
  for (let i = 0; i < latin.length; i++) {
    const digraph = DIGRAPHS.get(latin.slice(i, i + 2));
    if (digraph !== undefined) {
      out += digraph;
      i++;
      continue;
    }
    // One code point: a surrogate pair is read whole, as `for … of` would.
    const code = latin.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    if (code > 0xffff) i++;
    const lower = ch.toLowerCase();
    const mapped = LETTERS[lower];
    if (mapped !== undefined) out += ch === lower ? mapped : mapped.toUpperCase();
    else if (LATIN.test(ch)) return null;
    else out += ch;
  }
  return out;
}

/**
 * A trigger pattern (a RegExp source) in Cyrillic: letters outside escapes
 * ("\p{L}", "\s") are transliterated.
 * @example patternToCyrillic("posetio|posetu(?= (u|na) )") === "посетио|посету(?= (у|на) )"
 */
export function patternToCyrillic(pattern: string): string {
  let out = "";
  let word = "";
  const flush = () => {
    out += word ? (toCyrillic(word) ?? word) : "";
    word = "";
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      flush();
      const brace = pattern[i + 1] === "p" || pattern[i + 1] === "P" ? pattern.indexOf("}", i) : -1;
      const end = brace >= 0 ? brace + 1 : i + 2;
      out += pattern.slice(i, end);
      i = end - 1;
    } else if (/\p{L}/u.test(ch)) word += ch;
    else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}

/** A word list in both scripts: the Latin words and their Cyrillic spellings. */
export function bothScripts(words: string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, toCyrillic(w)].filter((x): x is string => x !== null)))];
}

function cyrillicRule(rule: SuffixRule): SuffixRule | null {
  const suffixes = (Array.isArray(rule.suffix) ? rule.suffix : [rule.suffix]).map(toCyrillic).filter((s): s is string => s !== null);
  if (suffixes.length === 0) return null;
  const endings = rule.endings.map(toCyrillic).filter((e): e is string => e !== null);
  return { ...rule, suffix: suffixes, endings, ...(rule.note ? { note: `${rule.note} (Cyrillic)` } : {}) };
}

/** The same rules in Cyrillic (letters Cyrillic lacks, such as x and y, drop out). */
const cyrillicRules = croatianRules.map(cyrillicRule).filter((r): r is SuffixRule => r !== null);

export const inflection: InflectionData = {
  rules: [...croatianRules, ...cyrillicRules],
  invariant: ["i", "u", "na", "za", "od", "do", "iz", "s", "sa", "o", "k", "ka", "po", "pod", "nad", "pri", "kod", "te", "ili", "и", "у", "на", "за", "од", "до", "из", "с", "са", "о", "к", "ка", "по", "под", "над", "при", "код", "те", "или", "of", "the", "and", "de", "der", "von", "van", "di", "da", "du", "del", "la", "le", "el", "al", "bin", "ibn"],
  abbreviationEndings: ["a", "u", "om", "em", "e", "i", "ov", "ova", "а", "у", "ом", "ем", "е", "и", "ов", "ова"],
};

/** The fleeting a in both scripts: "Zadar" → "Zadra", "Сисак" → "Сиска". */
const FLEETING_LATIN = /^(.*[^aeiou])a([ckr])$/;
const FLEETING_CYRILLIC = /^(.*[^аеиоу])а([цкр])$/;
const FLEETING_CYRILLIC_ENDINGS = FLEETING_ENDINGS.map(toCyrillic).filter((e): e is string => e !== null);

/** The Serbian paradigm plugin. @example serbianParadigms("сисак", { upper: true })[0].stem === "сиск" */
export function serbianParadigms(word: string, _info: WordInfo): Paradigm[] {
  return [...fleetingA(word, FLEETING_LATIN, FLEETING_ENDINGS), ...fleetingA(word, FLEETING_CYRILLIC, FLEETING_CYRILLIC_ENDINGS)];
}
