/**
 * communique's language identification as one function of a string, bundled by
 * bench/langid.ts for the worker: fold, scan the words, identify (what `extract` does
 * before it picks a language pack). Not exported by the package, hence this entry.
 */
import { buildProfiles, identifyLanguage } from "../src/lang/identify.js";
import { builtinLanguages } from "../src/lang/index.js";
import { foldText } from "../src/text/chars.js";
import { scanTokens } from "../src/text/tokens.js";

const profiles = buildProfiles(builtinLanguages);

/** The ISO 639-1 code of `text` (no header), or "und". @example identify("Премиерът заяви...") === "bg" */
export function identify(text: string): string {
  return identifyLanguage(text, scanTokens(text, foldText(text), 0), profiles);
}
