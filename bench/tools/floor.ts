/**
 * The practical floor: the least any tool must do to look at every word of the input
 * (lowercase it, find the letter runs). No entity tool can be faster than this.
 */
import type { BenchTool } from "./tool.js";

const floor: BenchTool = {
  setup() {},
  run(text) {
    const lower = text.toLowerCase();
    const word = /\p{L}+/gu;
    let words = 0;
    while (word.exec(lower) !== null) words += 1;
    return words;
  },
};

export default floor;
