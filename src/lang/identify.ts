/**
 * Language identification from a bounded sample: the script decides Korean,
 * Japanese and Chinese; within a script, the packs' frequent words and
 * typical letters decide. Cost is bounded by the sample, not the document
 * (franc took 0.65 ms and eld 208 ms of import per run here; see bench/langid.ts).
 */
import { foldText } from "../text/chars.js";
import { TokenFlag, type Tokens } from "../text/tokens.js";
import type { LanguagePack } from "./types.js";

export interface LanguageProfiles {
  packs: readonly LanguagePack[];
  /** folded word → indices of packs that list it */
  words: Map<string, number[]>;
  /** letter (exact char) → indices of packs that list it */
  letters: Map<string, number[]>;
  /** UTF-16 unit → 1 + its index in `letterPacks`, 0 when no pack lists it (a Map lookup per character cost more than the rest of identification). */
  letterSlot: Uint16Array;
  letterPacks: number[][];
  byScript: Map<string, number[]>;
}

/** Builds the identification profiles of the packs. */
export function buildProfiles(packs: readonly LanguagePack[]): LanguageProfiles {
  const words = new Map<string, number[]>();
  const letters = new Map<string, number[]>();
  const byScript = new Map<string, number[]>();
  packs.forEach((pack, i) => {
    // One fold per pack, not per word (a thousand folds were a fifth of the first `extract`'s set-up).
    for (const w of new Set(foldText(pack.stopwords.join("\n")).split("\n"))) {
      const list = words.get(w);
      if (list) list.push(i);
      else words.set(w, [i]);
    }
    for (const ch of new Set([...(pack.letters ?? "")].flatMap((c) => [c, c.toUpperCase()]))) {
      const list = letters.get(ch);
      if (list) list.push(i);
      else letters.set(ch, [i]);
    }
    for (const s of pack.scripts) {
      const list = byScript.get(s);
      if (list) list.push(i);
      else byScript.set(s, [i]);
    }
  });
  const letterSlot = new Uint16Array(0x10000);
  const letterPacks: number[][] = [];
  for (const [ch, list] of letters) {
    // `text[i]` is one UTF-16 unit: longer keys ("SS" from "ß") never matched one.
    if (ch.length !== 1) continue;
    letterPacks.push(list);
    letterSlot[ch.charCodeAt(0)] = letterPacks.length;
  }
  return { packs, words, letters, letterSlot, letterPacks, byScript };
}

/**
 * The sample: the first 200 tokens and 2,000 units of the body. Halved from 400 and 4,000
 * (a Map lookup per token was 4–5 % of a news text's time): every one of the 2,777 seed,
 * fixture and SlavicNER texts gets the same language either way, and all 2,772 labelled
 * ones the right one (bench/RESULTS.md).
 */
const SAMPLE_TOKENS = 200;
const SAMPLE_UNITS = 2000;

/** The scripts whose packs compete on words and letters (`byScript` keys). */
type Script = "latin" | "cyrillic" | "greek" | "other";

const LATIN = 0;
const CYRILLIC = 1;
const GREEK = 2;
const HANGUL = 3;
const HAN = 4;
const KANA = 5;
const OTHER = 6;

/** The script of a character as a small integer (indexes a typed array of counts: a record keyed by name was a megamorphic store per token). */
function scriptOf(code: number): number {
  if (code < 0x250) return LATIN;
  if (code >= 0x400 && code < 0x530) return CYRILLIC;
  if (code >= 0x370 && code < 0x400) return GREEK;
  if ((code >= 0xac00 && code < 0xd7b0) || (code >= 0x1100 && code < 0x1200) || (code >= 0x3130 && code < 0x3190)) return HANGUL;
  if ((code >= 0x3040 && code < 0x3100) || (code >= 0x31f0 && code < 0x3200)) return KANA;
  if ((code >= 0x4e00 && code < 0xa000) || (code >= 0x3400 && code < 0x4dc0) || (code >= 0xf900 && code < 0xfb00)) return HAN;
  if (code >= 0x1e00 && code < 0x1f00) return LATIN;
  return OTHER;
}

/**
 * The sample is read a chunk of tokens at a time (with the units they span), and reading stops
 * once one language has `EARLY_MIN` points and `EARLY_RATIO` times the next one's: on average
 * 41 % of the sample's tokens are read. On the 2,777 seed, fixture and SlavicNER texts the
 * answer is the full sample's for every one, and stays so at a ratio of 1.5 or at 6 points
 * (bench/RESULTS.md).
 */
const EARLY_CHUNK = 25;
const EARLY_RATIO = 2;
const EARLY_MIN = 10;

/**
 * The ISO 639-1 code of the text, or "und". `stopEarly: false` reads the whole sample
 * (what the early decision is checked against).
 * @example identifyLanguage(text, tokens, profiles) === "pl"
 */
export function identifyLanguage(text: string, tokens: Tokens, profiles: LanguageProfiles, stopEarly = true): string {
  const counts = new Int32Array(7);
  let letters = 0;
  const first = tokens.count > 0 ? tokens.start[0]! : 0;
  const sampled = Math.min(tokens.count, SAMPLE_TOKENS);
  for (let t = 0; t < sampled; t++) {
    if (tokens.flags[t]! & TokenFlag.Numeric) continue;
    counts[scriptOf(text.charCodeAt(tokens.start[t]!))]! += tokens.end[t]! - tokens.start[t]!;
    letters += tokens.end[t]! - tokens.start[t]!;
  }
  if (letters === 0) return "und";
  const pick = (code: string) => (profiles.packs.some((p) => p.code === code) ? code : "und");
  const latin = counts[LATIN]!;
  const cyrillic = counts[CYRILLIC]!;
  const hangul = counts[HANGUL]!;
  const han = counts[HAN]!;
  const kana = counts[KANA]!;
  if (hangul > letters * 0.3) return pick("ko");
  if (kana > 0 && kana + han > letters * 0.3 && kana >= (kana + han) * 0.05) return pick("ja");
  if (han > letters * 0.3) return pick("zh");
  const script: Script = cyrillic > latin ? "cyrillic" : latin > 0 ? "latin" : counts[GREEK]! > 0 ? "greek" : "other";
  const candidates = profiles.byScript.get(script);
  if (!candidates || candidates.length === 0) return "und";
  const score = new Float64Array(profiles.packs.length);
  const allowed = new Uint8Array(profiles.packs.length);
  for (const c of candidates) allowed[c] = 1;
  const { letterSlot, letterPacks } = profiles;
  const unitEnd = Math.min(text.length, first + SAMPLE_UNITS);
  let t = 0;
  let u = first;
  for (;;) {
    const chunkEnd = stopEarly ? Math.min(sampled, t + EARLY_CHUNK) : sampled;
    for (; t < chunkEnd; t++) {
      const langs = profiles.words.get(tokens.keys[t]!);
      if (!langs) continue;
      const share = 1 / langs.length;
      for (const l of langs) score[l]! += share;
    }
    // The letters of the units the tokens so far span (all the sample's after the last token).
    const lettersEnd = t < sampled ? Math.min(unitEnd, tokens.end[t - 1]!) : unitEnd;
    for (; u < lettersEnd; u++) {
      const slot = letterSlot[text.charCodeAt(u)]!;
      if (slot === 0) continue;
      const langs = letterPacks[slot - 1]!;
      const share = 0.5 / langs.length;
      for (const l of langs) score[l]! += share;
    }
    if (t >= sampled || decided(score, allowed)) break;
  }
  let best = -1;
  let bestScore = 0;
  for (let l = 0; l < score.length; l++) {
    if (!allowed[l]) continue;
    if (score[l]! > bestScore) {
      bestScore = score[l]!;
      best = l;
    }
  }
  return best < 0 || bestScore < 1 ? "und" : profiles.packs[best]!.code;
}

/** One allowed language has `EARLY_MIN` points and `EARLY_RATIO` times any other's. */
function decided(score: Float64Array, allowed: Uint8Array): boolean {
  let best = 0;
  let second = 0;
  for (let l = 0; l < score.length; l++) {
    if (!allowed[l]) continue;
    const s = score[l]!;
    if (s > best) {
      second = best;
      best = s;
    } else if (s > second) second = s;
  }
  return best >= EARLY_MIN && best >= EARLY_RATIO * second;
}
