/**
 * A language's word classifier (src/text/word-class.ts): linkers from the compiled pack,
 * date anchors and the words that open a date rule from its date grammar. Made once per compiled language.
 */
import { dateOpenerTest, dateTriggerTest } from "../dates/find-dates.js";
import { WordClass, type ClassifyWord } from "../text/word-class.js";
import type { CompiledLanguage } from "./compile.js";

const classifiers = new WeakMap<CompiledLanguage, ClassifyWord>();

/**
 * The classifier of `language`, the same function every time (readWords keeps its answers per function).
 * @example classifierOf(en)("of") === WordClass.Linker
 */
export function classifierOf(language: CompiledLanguage): ClassifyWord {
  let classify = classifiers.get(language);
  if (!classify) {
    const linkers = language.linkers;
    const dateTrigger = dateTriggerTest(language.pack);
    const dateOpener = dateOpenerTest(language.pack);
    classify = (key) => (linkers.has(key) ? WordClass.Linker : 0) | (dateTrigger(key) ? WordClass.DateTrigger : 0) | (dateOpener(key) ? WordClass.DateOpener : 0);
    classifiers.set(language, classify);
  }
  return classify;
}
