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
  /** The capture-group number that wraps each alternative (patterns may hold groups of their own). */
  groups: number[];
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
  if (alternatives.length === 0) return { regex: null, alternatives, groups: [] };
  // One numbered group around each alternative; its number skips the groups inside earlier ones.
  const sources = alternatives.map((a) => a.pattern.pattern.trim().replace(/ +/g, "\\s+"));
  const groups: number[] = [];
  let next = 1;
  for (const src of sources) {
    groups.push(next);
    next += 1 + (new RegExp(`${src}|`, "u").exec("")!.length - 1);
  }
  const source = sources.map((src) => `(${src})`).join("|");
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
    const t: Trigger = { type, voice: pattern.voice ?? "active", start: start + m.index!, end: start + m.index! + m[0].length, text: m[0] };
    if (pattern.kind) t.kind = pattern.kind;
    if (pattern.agent) t.agent = pattern.agent;
    out.push(t);
  }
  return out;
}
