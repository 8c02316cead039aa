/**
 * wink-nlp with its English model, entities only, pipe ['ner']: the fastest pipe that
 * yields `doc.entities()` (the default pipe, tools/wink-nlp-default.ts, adds sbd,
 * negation, sentiment and POS and runs at about 0.6× its speed). The stricter yardstick.
 */
import { winkEntityTool } from "./wink-entities.js";

export default winkEntityTool(["ner"]);
