/** compromise (English only, its own lexicon and rules): people, places and organisations. */
import nlp from "compromise";
import type { BenchTool } from "./tool.js";

const compromise: BenchTool = {
  // compromise is run as shipped: the brief compares its own named-entity methods.
  setup() {},
  run(text) {
    const doc = nlp(text);
    return doc.people().out("array").length + doc.places().out("array").length + doc.organizations().out("array").length;
  },
};

export default compromise;
