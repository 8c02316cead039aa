/**
 * wink-nlp's custom entities (its pattern automaton) taught the shared names, one
 * custom entity per gazetteer id. Pipe ['cer'] only, and POS and entity lookups off,
 * because the patterns are literal names: this is wink-nlp at its fastest for the job.
 * Patterns match token `normal`s (lowercase), so matching is case-insensitive but exact:
 * no inflected forms.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { BenchName } from "../names.js";
import type { BenchTool } from "./tool.js";

const nlp = winkNLP(model, ["cer"]);

// A bare POS tag or entity type in a pattern means "any token of that kind"; `^` makes it literal.
const PATTERN_KEYWORDS = new Set(
  "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X SPACE DATE ORDINAL CARDINAL MONEY PERCENT TIME DURATION HASHTAG EMOJI EMOTICON EMAIL URL MENTION".split(" "),
);

/** A name as a literal wink pattern, or null when it holds pattern syntax (`[`, `]`, `|`). @example toPattern("NUM Party") // "^NUM Party" */
export function toPattern(name: string): string | null {
  if (/[[\]|]/.test(name)) return null;
  return name
    .split(/\s+/)
    .map((word) => (PATTERN_KEYWORDS.has(word) || word.startsWith("^") ? `^${word}` : word))
    .join(" ");
}

function learn(names: readonly BenchName[]): number {
  const byId = new Map<string, string[]>();
  for (const { id, text } of names) {
    const pattern = toPattern(text);
    if (pattern === null) continue;
    const patterns = byId.get(id) ?? [];
    patterns.push(pattern);
    byId.set(id, patterns);
  }
  const examples = [...byId].map(([name, patterns]) => ({ name, patterns }));
  return nlp.learnCustomEntities(examples, { matchValue: false, usePOS: false, useEntity: false });
}

const winkNlpCustom: BenchTool = {
  setup(names) {
    learn(names);
  },
  run(text) {
    return nlp.readDoc(text).customEntities().out().length;
  },
};

export default winkNlpCustom;
