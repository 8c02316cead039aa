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
  byScript: Map<string, number[]>;
}

/** Builds the identification profiles of the packs. */
export function buildProfiles(packs: readonly LanguagePack[]): LanguageProfiles {
  const words = new Map<string, number[]>();
  const letters = new Map<string, number[]>();
  const byScript = new Map<string, number[]>();
  packs.forEach((pack, i) => {
    for (const w of new Set(pack.stopwords.map(foldText))) {
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
  return { packs, words, letters, byScript };
}

const SAMPLE_TOKENS = 400;
const SAMPLE_UNITS = 4000;

type Script = "latin" | "cyrillic" | "greek" | "hangul" | "han" | "kana" | "other";

function scriptOf(code: number): Script {
  if (code < 0x250) return "latin";
  if (code >= 0x400 && code < 0x530) return "cyrillic";
  if (code >= 0x370 && code < 0x400) return "greek";
  if ((code >= 0xac00 && code < 0xd7b0) || (code >= 0x1100 && code < 0x1200) || (code >= 0x3130 && code < 0x3190)) return "hangul";
  if ((code >= 0x3040 && code < 0x3100) || (code >= 0x31f0 && code < 0x3200)) return "kana";
  if ((code >= 0x4e00 && code < 0xa000) || (code >= 0x3400 && code < 0x4dc0) || (code >= 0xf900 && code < 0xfb00)) return "han";
  if (code >= 0x1e00 && code < 0x1f00) return "latin";
  return "other";
}

/**
 * The ISO 639-1 code of the text, or "und".
 * @example identifyLanguage(text, tokens, profiles) === "pl"
 */
export function identifyLanguage(text: string, tokens: Tokens, profiles: LanguageProfiles): string {
  const counts: Record<Script, number> = { latin: 0, cyrillic: 0, greek: 0, hangul: 0, han: 0, kana: 0, other: 0 };
  let letters = 0;
  const first = tokens.count > 0 ? tokens.start[0]! : 0;
  for (let t = 0; t < tokens.count && t < SAMPLE_TOKENS; t++) {
    if (tokens.flags[t]! & TokenFlag.Numeric) continue;
    const s = scriptOf(text.charCodeAt(tokens.start[t]!));
    counts[s] += tokens.end[t]! - tokens.start[t]!;
    letters += tokens.end[t]! - tokens.start[t]!;
  }
  if (letters === 0) return "und";
  const pick = (code: string) => (profiles.packs.some((p) => p.code === code) ? code : "und");
  if (counts.hangul > letters * 0.3) return pick("ko");
  if (counts.kana > 0 && counts.kana + counts.han > letters * 0.3 && counts.kana >= (counts.kana + counts.han) * 0.05) return pick("ja");
  if (counts.han > letters * 0.3) return pick("zh");
  const script: Script = counts.cyrillic > counts.latin ? "cyrillic" : counts.latin > 0 ? "latin" : counts.greek > 0 ? "greek" : "other";
  const candidates = profiles.byScript.get(script);
  if (!candidates || candidates.length === 0) return "und";
  const score = new Float64Array(profiles.packs.length);
  const allowed = new Uint8Array(profiles.packs.length);
  for (const c of candidates) allowed[c] = 1;
  for (let t = 0; t < tokens.count && t < SAMPLE_TOKENS; t++) {
    const langs = profiles.words.get(tokens.keys[t]!);
    if (!langs) continue;
    const share = 1 / langs.length;
    for (const l of langs) score[l]! += share;
  }
  const end = Math.min(text.length, first + SAMPLE_UNITS);
  for (let i = first; i < end; i++) {
    const langs = profiles.letters.get(text[i]!);
    if (!langs) continue;
    const share = 0.5 / langs.length;
    for (const l of langs) score[l]! += share;
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
