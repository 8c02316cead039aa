/**
 * wink-ner taught the shared names. wink-ner does not read text: it takes the token
 * objects of wink-tokenizer ({ value, tag }) and looks names up word by word, so names
 * are taught as that tokenizer splits them (punctuation dropped, lowercase, diacritics
 * folded): "Kim Jong-un" -> "kim jong un", "U.S.A." -> "u s a".
 */
import winkNER from "wink-ner";
import winkTokenizer from "wink-tokenizer";
import type { BenchName } from "../names.js";
import type { BenchTool } from "./tool.js";

const tokenizer = winkTokenizer();
const ner = winkNER();

/** A name in the word form wink-ner matches: the tokenizer's non-punctuation tokens, space-joined. @example nerText("Kim Jong-un") // "Kim Jong un" */
export function nerText(name: string): string {
  return tokenizer
    .tokenize(name)
    .filter((token) => token.tag !== "punctuation")
    .map((token) => token.value)
    .join(" ");
}

const winkNer: BenchTool = {
  setup(names) {
    ner.learn(names.map(({ text, id, type }) => ({ text: nerText(text), entityType: type, uid: id })));
  },
  run(text) {
    let found = 0;
    for (const token of ner.recognize(tokenizer.tokenize(text))) if (token.entityType !== undefined) found += 1;
    return found;
  },
};

export default winkNer;
