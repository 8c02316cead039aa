/**
 * Writes src/match/vocabulary.generated.ts: the vocabulary of the default gazetteer
 * and the built-in packs' role nouns, compiled as src/match/vocabulary.ts does at run
 * time (see src/match/vocabulary-codec.ts). Run by `npm run build`; an entry whose
 * names changed is simply not used (the vocabulary is then compiled at run time), and
 * the test suite says so.
 */
import { join } from "node:path";
import { writeGenerated } from "./write-generated.js";
import { defaultGazetteer } from "../src/gazetteer/default.js";
import { builtinLanguages } from "../src/lang/index.js";
import { encodeVocabularyModule } from "../src/match/vocabulary-codec.js";
import { pendingNames } from "../src/match/vocabulary.js";

writeGenerated(join(import.meta.dirname, "..", "src", "match", "vocabulary.generated.ts"), encodeVocabularyModule(pendingNames(defaultGazetteer, builtinLanguages), defaultGazetteer));
