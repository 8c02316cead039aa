/**
 * wink-nlp's English model reading `doc.entities()`, with a given pipe: the two wink-nlp
 * entity tools differ only in it. This model's entities are dates, times, numbers, money,
 * URLs and the like, not people or places.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { BenchTool } from "./tool.js";

/** A tool counting wink-nlp's entities; `pipe` undefined is wink-nlp's default pipe. */
export function winkEntityTool(pipe?: string[]): BenchTool {
  const nlp = pipe === undefined ? winkNLP(model) : winkNLP(model, pipe);
  return {
    setup() {},
    run(text) {
      return nlp.readDoc(text).entities().out().length;
    },
  };
}
