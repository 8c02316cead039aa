/**
 * Turns a language's suffix rules into a paradigm function: for a word of a
 * name in base form, the stems and endings of its inflected forms.
 */
import type { LanguagePack, Paradigm, SuffixRule, WordInfo } from "../lang/types.js";
import { foldText } from "../text/chars.js";

export type ParadigmFunction = (word: string, info: WordInfo) => Paradigm[];

interface CompiledRule {
  suffixes: string[];
  strip: number | undefined;
  endings: string[];
  case: SuffixRule["case"];
  more: boolean;
  minStem: number;
}

/**
 * Compiles a pack's rules (and plugin) into one paradigm function. The base form
 * itself is always one of the forms.
 * @example compileParadigms(pl)("putin", { upper: true }) // [{ stem: "putin", endings: ["", "a", "owi", ...] }]
 */
export function compileParadigms(pack: LanguagePack | undefined): ParadigmFunction {
  const rules: CompiledRule[] = (pack?.inflection?.rules ?? []).map((rule) => ({
    suffixes: (Array.isArray(rule.suffix) ? rule.suffix : [rule.suffix]).map(foldText).sort((a, b) => b.length - a.length),
    strip: rule.strip,
    endings: [...new Set(rule.endings.map(foldText))],
    case: rule.case,
    more: rule.more ?? false,
    minStem: rule.minStem ?? 2,
  }));
  const invariant = new Set((pack?.inflection?.invariant ?? []).map(foldText));
  const plugin = pack?.paradigms;
  const candidates = rulesByLastUnit(rules);

  return (word, info) => {
    const out: Paradigm[] = [{ stem: word, endings: [""] }];
    if (invariant.has(word)) return out;
    for (const rule of candidates.get(word[word.length - 1] ?? "") ?? candidates.get("")!) {
      if (rule.case === "upper" && !info.upper) continue;
      if (rule.case === "lower" && info.upper) continue;
      const suffix = rule.suffixes.find((s) => word.endsWith(s));
      if (suffix === undefined) continue;
      const strip = rule.strip ?? suffix.length;
      const stemLength = word.length - strip;
      if (stemLength < rule.minStem || strip > word.length) continue;
      const stem = word.slice(0, stemLength);
      const own = word.slice(stemLength);
      out.push({ stem, endings: rule.endings.includes(own) ? rule.endings : [...rule.endings, own] });
      if (!rule.more) break;
    }
    if (plugin) for (const p of plugin(word, info)) out.push({ stem: foldText(p.stem), endings: p.endings.map(foldText) });
    return out;
  };
}

/**
 * The rules a word can match, by the word's last unit, in rule order: those with a
 * suffix ending in it and those with the empty suffix (under "", alone). A word is
 * tried against a few rules instead of all (Polish has 69; building its stem index
 * was most of the first `extract`).
 */
function rulesByLastUnit(rules: CompiledRule[]): Map<string, CompiledRule[]> {
  const any = rules.filter((r) => r.suffixes.includes(""));
  const byLast = new Map<string, Set<CompiledRule>>();
  for (const rule of rules) {
    for (const suffix of rule.suffixes) {
      if (suffix === "") continue;
      const last = suffix[suffix.length - 1]!;
      let set = byLast.get(last);
      if (!set) byLast.set(last, (set = new Set()));
      set.add(rule);
    }
  }
  const out = new Map<string, CompiledRule[]>([["", any]]);
  for (const [last, set] of byLast) out.set(last, rules.filter((r) => set.has(r) || any.includes(r)));
  return out;
}
