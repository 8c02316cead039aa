/** Just the parts of wink-ner and wink-tokenizer the benchmark uses (they ship no types). */
declare module "wink-tokenizer" {
  export interface WinkToken {
    value: string;
    /** "word", "punctuation", "alien" (any script it does not know), "number", … */
    tag: string;
  }
  interface WinkTokenizer {
    tokenize(text: string): WinkToken[];
  }
  export default function winkTokenizer(): WinkTokenizer;
}

declare module "wink-ner" {
  import type { WinkToken } from "wink-tokenizer";
  export interface WinkNerEntity {
    text: string;
    entityType: string;
    uid?: string;
    value?: string;
  }
  export type WinkNerToken = WinkToken & { entityType?: string; uid?: string; originalSeq?: string[] };
  interface WinkNer {
    learn(entities: WinkNerEntity[]): number;
    recognize(tokens: WinkToken[]): WinkNerToken[];
  }
  export default function winkNER(): WinkNer;
}
