/**
 * wink-nlp with its English model, entities only. The pipe is ['ner'], the fastest one
 * that yields `doc.entities()` (the default pipe adds sbd, negation, sentiment and pos and
 * is about a third slower), so the ratio against communique is not flattered.
 * Note: this model's entities are dates, times, numbers, money, URLs and the like, not
 * people or places.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { BenchTool } from "./tool.js";

const nlp = winkNLP(model, ["ner"]);

const winkNlp: BenchTool = {
  setup() {},
  run(text) {
    return nlp.readDoc(text).entities().out().length;
  },
};

export default winkNlp;
