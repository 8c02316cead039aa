/**
 * wink-nlp with its English model as its README calls it, `winkNLP(model)`: the default
 * pipe (sbd, negation, sentiment, pos, ner), entities read with `doc.entities()`. This is
 * the configuration the yardstick was measured with ("about 3.4 MB/s on this
 * machine": this tool measures 3.4–3.6 MB/s on the benchmark corpus here, the ['ner'] pipe
 * of tools/wink-nlp.ts 5.8–6.2). Both are reported; neither replaces the other.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { BenchTool } from "./tool.js";

const nlp = winkNLP(model);

const winkNlpDefault: BenchTool = {
  setup() {},
  run(text) {
    return nlp.readDoc(text).entities().out().length;
  },
};

export default winkNlpDefault;
