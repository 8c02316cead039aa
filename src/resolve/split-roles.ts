/**
 * Titles written with the country's adjective inside: "le ministre russe des Affaires
 * étrangères", "el ministro ruso de Asuntos Exteriores", "szef rosyjskiej dyplomacji". The matcher
 * finds the head ("ministre", a minister) and the adjective; when the words after the
 * adjective finish a longer role of the pack ("ministre des Affaires étrangères"), the role
 * word becomes that role over the whole phrase, with the adjective as its owner.
 */
import type { LanguagePack } from "../lang/types.js";
import { foldText } from "../text/chars.js";
import type { Tokens } from "../text/tokens.js";
import type { Found, RoleWord } from "./types.js";

/** Per language: a role phrase's first word (folded) → the rest of it as words, with its role. */
type Tails = Map<string, { words: string[]; role: string }[]>;
const tailsByPack = new WeakMap<LanguagePack, Tails>();

function tailsOf(pack: LanguagePack): Tails {
  let tails = tailsByPack.get(pack);
  if (!tails) {
    tails = new Map();
    for (const [role, phrases] of Object.entries(pack.roles ?? {})) {
      for (const phrase of phrases) {
        const words = foldText(phrase).split(/[\s'’]+/).filter((w) => w.length > 0);
        if (words.length < 2) continue;
        const list = tails.get(words[0]!) ?? [];
        list.push({ words: words.slice(1), role });
        tails.set(words[0]!, list);
      }
    }
    tailsByPack.set(pack, tails);
  }
  return tails;
}

/**
 * The role words with each split title joined into one, and the adjective inside as its `inner` owner.
 * @example joinSplitRoles(roles, mentions, tokens, text, fr) // "ministre russe des Affaires étrangères": foreign minister, inner <russe>
 */
export function joinSplitRoles(roles: RoleWord[], mentions: Found[], tokens: Tokens, text: string, pack: LanguagePack | undefined): RoleWord[] {
  if (!pack?.syntax?.splitTitles || roles.length === 0) return roles;
  const tails = tailsOf(pack);
  const byFirstToken = new Map<number, Found>();
  for (const m of mentions) if (m.form === "adjective" && m.type === "country" && m.entity >= 0) byFirstToken.set(m.firstToken, m);
  if (byFirstToken.size === 0) return roles;
  return roles.map((r) => {
    // By the role's base form: the head inflects in Slavic languages ("szefa rosyjskiej dyplomacji").
    const options = r.lastToken - r.firstToken === 1 ? (tails.get(foldText(r.base).trim()) ?? tails.get(tokens.keys[r.firstToken]!)) : undefined;
    const inner = options && byFirstToken.get(r.lastToken);
    if (!inner || !/^ +$/.test(text.slice(r.end, inner.start))) return r;
    for (const { words, role } of options) {
      let t = inner.lastToken;
      let k = 0;
      // The words, one token each, or split at an apostrophe ("d'État" is "d" and "état").
      while (k < words.length && t < tokens.count && tokens.keys[t] === words[k]) {
        t++;
        k++;
      }
      if (k < words.length || t === inner.lastToken) continue;
      const end = tokens.end[t - 1]!;
      return { ...r, end, lastToken: t, role, text: text.slice(r.start, end), base: r.base, inner };
    }
    return r;
  });
}
