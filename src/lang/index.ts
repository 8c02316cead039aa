/**
 * The built-in language packs. Adding a language: a folder `src/lang/<code>/`
 * with an `index.ts` exporting its pack, and one line here.
 */
import type { LanguagePack } from "./types.js";
import { bg } from "./bg/index.js";
import { pl } from "./pl/index.js";
import { en } from "./en/index.js";
import { it } from "./it/index.js";
import { de } from "./de/index.js";
import { ru } from "./ru/index.js";
import { uk } from "./uk/index.js";
import { cs } from "./cs/index.js";
import { sk } from "./sk/index.js";
import { sl } from "./sl/index.js";
import { hr } from "./hr/index.js";
import { sr } from "./sr/index.js";
import { fr } from "./fr/index.js";
import { es } from "./es/index.js";
import { ko } from "./ko/index.js";
import { zh } from "./zh/index.js";
import { ja } from "./ja/index.js";

export const builtinLanguages: readonly LanguagePack[] = [bg, pl, en, it, de, ru, uk, cs, sk, sl, hr, sr, fr, es, ko, zh, ja];
