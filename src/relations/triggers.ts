/**
 * Compiles a language's trigger lexicon into one RegExp per language, with a
 * named group per pattern so a match tells which trigger fired.
 */
import type { LanguagePack, TriggerPattern } from "../lang/types.js";
import type { RelationType } from "../schema/result.js";

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
  /** The named group of each alternative: "t0", "t1", … */
  groups: string[];
}

/** Word boundaries for any script: no letter or digit on either side. */
const BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
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
  const groups = alternatives.map((_, i) => `t${i}`);
  if (alternatives.length === 0) return { regex: null, alternatives, groups };
  const source = alternatives.map((a, i) => `(?<t${i}>${a.pattern.pattern.trim().replace(/ +/g, "\\s+")})`).join("|");
  // Unspaced scripts have no word boundaries (Korean patterns spell out the particles they take).
  const unspaced = pack?.syntax?.unspaced === true;
  const before = unspaced ? "" : BEFORE;
  const after = unspaced ? "" : AFTER;
  return { regex: new RegExp(`${before}(?:${source})${after}`, "giu"), alternatives, groups };
}

/**
 * The triggers in `text[start, end)`, in text order.
 * @example findTriggers(compiled, "Xi met Kim.", 0, 11) // [{ type: "meeting", text: "met", … }]
 */
export function findTriggers(compiled: CompiledTriggers, text: string, start: number, end: number): Trigger[] {
  if (!compiled.regex) return [];
  const out: Trigger[] = [];
  const slice = text.slice(start, end);
  compiled.regex.lastIndex = 0;
  for (const m of slice.matchAll(compiled.regex)) {
    const groups = m.groups ?? {};
    let index = -1;
    for (let i = 0; i < compiled.groups.length; i++) {
      if (groups[compiled.groups[i]!] !== undefined) {
        index = i;
        break;
      }
    }
    if (index < 0) continue;
    const { type, pattern } = compiled.alternatives[index]!;
    const t: Trigger = { type, voice: pattern.voice ?? "active", start: start + m.index!, end: start + m.index! + m[0].length, text: m[0] };
    if (pattern.kind) t.kind = pattern.kind;
    if (pattern.agent) t.agent = pattern.agent;
    out.push(t);
  }
  return out;
}
