/**
 * `extract()` and `createExtractor()`: the pipeline, top to bottom.
 * header → normalise → segment → identify language → match → resolve → dates → relations → assemble
 */
import { assemble } from "./assemble.js";
import { findDates } from "./dates/find-dates.js";
import { InvalidInputError, InvalidOptionsError, describeType } from "./errors.js";
import { defaultGazetteer } from "./gazetteer/default.js";
import { uniformEntry } from "./gazetteer/uniform.js";
import { validateGazetteer } from "./gazetteer/validate.js";
import { compileLanguage, type CompiledLanguage } from "./lang/compile.js";
import { buildProfiles, identifyLanguage, type LanguageProfiles } from "./lang/identify.js";
import { builtinLanguages } from "./lang/index.js";
import { classifierOf } from "./lang/word-classes.js";
import type { LanguagePack } from "./lang/types.js";
import { findNames, readWords } from "./match/find-names.js";
import { buildVocabulary, type Vocabulary } from "./match/vocabulary.js";
import { findRelations } from "./relations/find-relations.js";
import { mergeByStart } from "./resolve/merge-by-start.js";
import { resolveMentions } from "./resolve/mentions.js";
import { buildPositionIndex, holderOf, type PositionIndex } from "./resolve/positions.js";
import type { GazetteerEntry } from "./schema/gazetteer.js";
import { ExtractOptionsSchema, plainOptions, type ExtractOptions } from "./schema/options.js";
import type { Extraction, Span } from "./schema/result.js";
import { foldText } from "./text/chars.js";
import { parseHeader } from "./text/header.js";
import { splitSentences } from "./text/sentences.js";
import { keptForReuse, scanTokens, type Tokens } from "./text/tokens.js";

export interface ExtractorConfig {
  /** The entries to find (validated); default: the bundled gazetteer. */
  gazetteer?: readonly GazetteerEntry[];
}

export interface Extractor {
  /** Extracts mentions, entities and relations from one text. Never throws on a string. */
  extract(text: string, options?: ExtractOptions): Extraction;
  /** The validated entries this extractor finds. */
  readonly gazetteer: readonly GazetteerEntry[];
}

class CompiledExtractor implements Extractor {
  readonly gazetteer: readonly GazetteerEntry[];
  /** The same entries, each with every field present: what the stages read (see uniformEntry). */
  private readonly entries: readonly GazetteerEntry[];
  private readonly vocab: Vocabulary;
  private readonly profiles: LanguageProfiles;
  private readonly packs = new Map<string, LanguagePack>();
  private readonly languages = new Map<string, CompiledLanguage>();
  private readonly positions: PositionIndex;
  private readonly ids: string[];
  private readonly capitals: Int32Array;
  private readonly capitalCities: Int32Array;
  private readonly index: Map<string, number>;
  /**
   * The token arrays of the last text, refilled by the next: three typed arrays made for
   * every call were ~1.4 % of a news text's time (a CPU profile of the 48 texts). Nothing
   * returned refers to them, and `extract` runs to its end before another call can start.
   * Not kept after a long text (see `keptForReuse`).
   */
  private tokenBuffer: Tokens | undefined;

  constructor(entries: readonly GazetteerEntry[], packs: readonly LanguagePack[]) {
    this.gazetteer = entries;
    this.entries = entries.map(uniformEntry);
    for (const pack of packs) this.packs.set(pack.code, pack);
    this.vocab = buildVocabulary(entries, packs);
    this.profiles = buildProfiles(packs);
    this.positions = buildPositionIndex(entries);
    this.ids = entries.map((e) => e.id);
    const index = new Map(this.ids.map((id, i) => [id, i]));
    this.index = index;
    // A capital or a seat of government stands for its country ("Pyongyang said", "the Kremlin's position").
    this.capitals = Int32Array.from(entries, (e) => {
      const of = e.capitalOf ?? e.seatOf;
      return of ? (index.get(of) ?? -1) : -1;
    });
    // The capital city of each country ("the North Korean capital" → Pyongyang).
    this.capitalCities = new Int32Array(entries.length).fill(-1);
    entries.forEach((e, i) => {
      const country = e.capitalOf ? index.get(e.capitalOf) : undefined;
      if (country !== undefined) this.capitalCities[country] = i;
    });
  }

  private language(code: string): CompiledLanguage {
    let lang = this.languages.get(code);
    if (!lang) {
      lang = compileLanguage(code, this.packs.get(code), this.vocab);
      this.languages.set(code, lang);
    }
    return lang;
  }

  extract(text: string, options?: ExtractOptions): Extraction {
    if (typeof text !== "string") throw new InvalidInputError(describeType(text));
    const opts = parseOptions(options);
    const header = parseHeader(text);
    const folded = foldText(text);
    const tokens = scanTokens(text, folded, header.bodyStart, text.length, this.tokenBuffer);
    this.tokenBuffer = keptForReuse(tokens);
    const lang = opts.lang ?? identifyLanguage(text, tokens, this.profiles);
    const language = this.language(lang);
    const sentences = splitSentences(text, folded, language.sentences, header.bodyStart, text.length, tokens);
    const tokenSentence = sentenceOfTokens(tokens, sentences);
    const date = opts.date ?? header.date;
    // Every token's name candidates and word classes, one lookup per distinct word and language.
    const words = readWords(tokens, this.vocab, language.stems, classifierOf(language));
    const names = findNames(text, tokens, this.vocab, language.stems, lang, words);
    const resolved = resolveMentions({
      text,
      folded,
      tokens,
      tokenSentence,
      names,
      entries: this.entries,
      ids: this.ids,
      positions: this.positions,
      capitalOf: (e) => this.capitals[e] ?? -1,
      indexOf: (id) => this.index.get(id) ?? -1,
      capitalCity: (e) => this.capitalCities[e] ?? -1,
      language,
      date,
      classes: words.classes,
    });
    const dates = findDates({ text, folded, tokens, tokenSentence, sentences, language, date, taken: resolved.mentions, classes: words.classes });
    const mentions = mergeByStart(resolved.mentions, dates);
    const relations = findRelations({
      text,
      folded,
      tokens,
      sentences,
      mentions,
      titles: resolved.titles,
      entries: this.entries,
      capitalOf: (e) => this.capitals[e] ?? -1,
      indexOf: (id) => this.index.get(id) ?? -1,
      leaderOf: (e) => holderOf(this.positions, "leader", this.ids[e]!, date),
      language,
      date,
    });
    return assemble({ text, lang, date, sentences, mentions, relations, entries: this.entries });
  }
}

function parseOptions(options: unknown): ExtractOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) throw new InvalidOptionsError("", `expected an object, received ${describeType(options)}`);
  // A feed passes the same few plain options again and again: they are checked without zod.
  const plain = plainOptions(options);
  if (plain) return plain;
  const parsed = ExtractOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.map(String).join(".");
    throw new InvalidOptionsError(keys, issue.message);
  }
  return parsed.data;
}

/** The sentence of every token (-1 for tokens outside sentences). */
function sentenceOfTokens(tokens: Tokens, sentences: Span[]): Int32Array {
  const out = new Int32Array(tokens.count).fill(-1);
  let s = 0;
  for (let t = 0; t < tokens.count; t++) {
    const start = tokens.start[t]!;
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    if (s < sentences.length && sentences[s]!.start <= start) out[t] = s;
  }
  return out;
}

/**
 * Compiles a gazetteer once for many texts.
 * @example const ex = createExtractor({ gazetteer: [...defaultGazetteer, mine] }); ex.extract(text)
 */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  if (config === null || typeof config !== "object") throw new InvalidOptionsError("", `createExtractor expects an object, received ${describeType(config)}`);
  const entries = config.gazetteer === undefined ? defaultGazetteer : validateGazetteer(config.gazetteer);
  return new CompiledExtractor(entries, builtinLanguages);
}

let shared: Extractor | undefined;

/**
 * Extracts mentions, entities, dates and relations with the bundled gazetteer.
 * @example extract(" date 2025-10-12 Xi Jinping skierował do Kim Dzong Una list.").relations[0].type === "message"
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  shared ??= createExtractor();
  return shared.extract(text, options);
}
