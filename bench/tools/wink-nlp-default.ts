/**
 * wink-nlp with its English model as its README calls it, `winkNLP(model)`: the default
 * pipe (sbd, negation, sentiment, pos, ner), entities read with `doc.entities()`. This is
 * the configuration the yardstick was measured with ("about 3.4 MB/s on this
 * machine": this tool measures 3.4–4.2 MB/s on the benchmark corpus here, the ['ner'] pipe
 * of tools/wink-nlp.ts 5.6–6.4). Both are reported; neither replaces the other.
 */
import { winkEntityTool } from "./wink-entities.js";

export default winkEntityTool();
