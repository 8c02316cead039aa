/**
 * communique's full pipeline, as a user calls it: `extract(text, { date })` with the
 * bundled gazetteer (compiled on first use, so start-up includes it). The header date is
 * passed only because the brief does; extract would read the same header itself.
 */
import { loadCommunique } from "../communique-api.js";
import type { BenchTool } from "./tool.js";

// Top-level await: importing this module is importing communique, as start-up measures it.
const { extract } = await loadCommunique();

const communique: BenchTool = {
  // The default gazetteer already holds the shared names (they were taken from it).
  setup() {},
  run(text, date) {
    const result = extract(text, date === null ? undefined : { date });
    return result.mentions.length;
  },
};

export default communique;
