/**
 * A language pack: data plus a small plugin. One folder per language
 * (`src/lang/<code>/`), registered in `src/lang/index.ts`. Adding a language
 * means adding a folder; the matcher, resolver, date finder and relation
 * finder read only what is declared here.
 */
import type { RelationType } from "../schema/result.js";

/**
 * One inflection rule: a base form ending in `suffix` has the stem
 * `base.slice(0, -strip)` and its inflected forms are `stem + ending`.
 * Rules are tried in order; the first that applies wins unless it says `more`.
 * Suffixes and endings are written as the language writes them; they are
 * folded (lowercase, no diacritics) when compiled, like the text.
 */
export interface SuffixRule {
  /** The base form (lowercase) ends with one of these; "" matches any word. */
  suffix: string | string[];
  /** Only for words capitalised in the name ("upper") or written lowercase ("lower"). */
  case?: "upper" | "lower";
  /** Units removed from the base to form the stem; default: the matched suffix's length. */
  strip?: number;
  /** Endings after the stem in every form, the base's own ending included. */
  endings: string[];
  /** Also try the following rules (a word with two possible paradigms). */
  more?: boolean;
  /** Shortest stem (in units) the rule applies to; default 2. */
  minStem?: number;
  /** Why the rule exists (shown in reviews, not used). */
  note?: string;
}

/** How names inflect. */
export interface InflectionData {
  rules: SuffixRule[];
  /** Words that never inflect inside a name ("na", "of", "di", "der"); compared lowercase. */
  invariant?: string[];
  /** Endings an abbreviation may take after a hyphen ("ONZ-etu", "NATO-wi"). */
  abbreviationEndings?: string[];
}

/** A stem and the endings that may follow it. */
export interface Paradigm {
  stem: string;
  endings: string[];
}

/** What the paradigm function knows about a word of a name. */
export interface WordInfo {
  /** The word is capitalised in the name as written in the gazetteer. */
  upper: boolean;
}

/**
 * A trigger of a relation: a pattern and optional attributes. How arguments are
 * found around it depends on the relation type (see src/relations/arguments.ts):
 * the subject is the nearest mention before the trigger that no preposition
 * marks (and the mentions coordinated with it); the object is, for meeting and
 * cooperation, a mention after a "with" word (else the first after the trigger);
 * for message, a mention after a "to" word (else the first after the trigger);
 * for visit, the first place or country after the trigger; for the others, the
 * first mention after the trigger.
 */
export interface TriggerPattern {
  /**
   * A JavaScript RegExp source (flag `u`), matched inside one sentence of the
   * text at word boundaries, case-insensitively (its literals are lowercased and matched
   * against the lowercased text). A space stands for any run of whitespace.
   * Write inflected forms as alternatives: "spotka(ł|ła|li|ły) się".
   */
  pattern: string;
  /** For messages: letter, message, congratulations, greetings, reply, condolences. */
  kind?: string;
  /**
   * How arguments are arranged around this trigger, when not the default of its
   * type: "passive" swaps subject and object ("was received by").
   */
  voice?: "active" | "passive";
  /**
   * A noun whose agent may follow it as a genitive: "the participation of Kim",
   * "присъствието на Ким", "spotkanie Pak Thae Songa z …". When an actor follows
   * right after (or past a few words and an "of" word), it is the subject.
   */
  agent?: "after";
}

/** Function words the relation finder uses to find arguments. */
export interface RelationWords {
  /** "with": z, ze, с, със, mit, con, with. */
  with: string[];
  /** "to" (recipient or destination): do, на, an, a, to. */
  to: string[];
  /** "and": i, oraz, и, und, e, ed, and. */
  and: string[];
  /** "of" (genitive linker between a role and its organisation): of, na, di, del, della, der, des, von. */
  of: string[];
  /** "in"/"at" (place): w, we, в, във, in, im, a, at, presso. */
  in: string[];
  /** "by"/"from" (sender, agent): od, от, von, da, by, from. */
  from: string[];
  /**
   * A vocalised preposition that is a preposition only before some letters (the folded
   * first letters, as a RegExp character class): Czech "se" is "with" before s/z/š/ž
   * ("se Si Ťin-pchingem") and the reflexive pronoun elsewhere ("se Kim … sešel s Putinem").
   */
  vocalised?: Record<string, string>;
  /** Articles and determiners that may stand inside a title ("the", "der", "il", "la"). */
  determiners?: string[];
  /** "each other", "one another", "взаимно", "wzajemnie": the relation holds both ways. */
  reciprocal?: string[];
  /** Relative pronouns ("who", "który", "който", "che"): after a comma they start a clause whose subject is the mention before the comma. */
  relative?: string[];
  /** Words that open a clause of what is said ("that", "že", "что", "dass"): a message's recipient is named before one ("vzkázal voličům, že …"). */
  that?: string[];
  /** Words that make an organisation next to them the source of the report, never a party to it ("KCNA said", "according to Yonhap", "сообщило ЦТАК"). */
  reporting?: string[];
  /** Phrases after which an organisation (within three words) is the setting of the act, never a party to it ("on the sidelines of the SCO summit", "ob robu vrha Šanghajske organizacije za sodelovanje"). */
  sidelines?: string[];
  /** Words that open a clause ending in a reporting word ("wie Xinhua am Donnerstag meldete"): an organisation a few words after one is the source when a word of `reporting` closes the clause. */
  reportingClause?: string[];
  /** Phrases for the two people just named ("the two leaders", "i due leader", "obeh voditeljev"): the arguments of a meeting or cooperation they state. */
  bothLeaders?: string[];
  /**
   * Phrases for the two ministers just named ("ministra sta", "zunanja ministra"): as `bothLeaders`, but a
   * third person named more often is not put in for one named once (a leader is not one of two ministers).
   */
  bothMinisters?: string[];
  /** The forms of `bothLeaders` that follow a meeting noun as its genitive ("встреча лидеров двух стран"), not the subject of the next verb ("По итогам встречи лидеры двух стран подписали"). */
  bothLeadersAfter?: string[];
  /** Phrases for the two countries just named ("the two countries", "двете страни", "oba kraje"): the parties of a cooperation or meeting they state. */
  bothSides?: string[];
  /** Plural nouns for the leaders of several countries ("the leaders of Russia and North Korea"): as arguments, the countries stand for their leaders. */
  leaders?: string[];
  /**
   * Third-person singular subject pronouns ("er"): one right after the verb ("In einer Erklärung des
   * Kremls würdigte er …") or opening the sentence before it ("Er würdigte …") is the subject, and
   * stands for the first person named in the sentence before.
   */
  subjectPronouns?: string[];
  /**
   * Phrases that add a companion to those who attend or visit ("together with", "junto a",
   * "вместе с"): the person named right after one, a title and a comma between at most, is a
   * subject too ("asistió … al desfile …, junto al mandatario ruso, Vladímir Putin").
   */
  together?: string[];
  /**
   * Phrases after the object of an attendance that list those who attended after them
   * ("参加今年红场阅兵的还有 A、B": among those at this year's parade were also A and B).
   */
  attendeesAfter?: string[];
  /**
   * "Among them" ("mezi nimi", "среди них", "darunter"): after an attendance trigger, the people
   * named after it attended ("Paradě … přihlíželo dvacet lídrů, mezi nimi i Robert Fico").
   */
  among?: string[];
}

/** Date vocabulary of a language without a date library (see src/dates). */
export interface DateLexicon {
  /** Forms of each month, January first (all case forms: "października", "октомври"). */
  months: string[][];
  /** Forms of each weekday, Monday first ("piątek", "piątku", "в четвъртък" → "четвъртък"). */
  weekdays: string[][];
  /** Relative day words and their offset in days: { "wczoraj": -1, "dzisiaj": 0 }. */
  relativeDays?: Record<string, number>;
  /** Parts of the day that join a weekday or relative day: "wieczorem", "вечерта". */
  partsOfDay?: string[];
  /** Words that follow a year ("roku", "r.", "г.", "година"). */
  yearWords?: string[];
  /** Words before a weekday that point forward ("next", "następny") and back ("last", "ubiegły"). */
  next?: string[];
  last?: string[];
}

/** How a language that is not spaced, or marks roles with particles after words, is read (absent: spaced words and prepositions). */
export interface SyntaxData {
  /** Words are not separated by spaces (zh, ja): triggers match without word boundaries. */
  unspaced?: boolean;
  /** Particles are written on the last word of a name (ko "중국을"): the mention ends before them (SPEC §4). */
  attachedParticles?: boolean;
  /** Particles follow the phrase they mark (ko "푸틴 대통령과", ja "プーチン大統領と"): an argument's marker is read after it. */
  postpositions?: boolean;
  /** Titles follow the name ("김정은 국무위원장", "プーチン大統領", "金正恩总书记"). */
  titlesAfterName?: boolean;
  /**
   * A title before a name takes the name's case ("predsjednik Putin", "predsjedniku Putinu"):
   * a title in its base form before a name with a case ending is not that name's
   * ("Predsjednik državnih poslova DNRK Putinu je poželio…": the title is the subject's).
   */
  titleAgrees?: boolean;
  /** A title may have the country's adjective inside it ("le ministre russe des Affaires étrangères"): see src/resolve/split-roles.ts. */
  splitTitles?: boolean;
  /**
   * A clause after a comma names its own subject or shares the one of the clause before
   * (zh: "李强…抵达平壤，对朝鲜进行正式友好访问并出席…": Li visits and attends); an actor in an
   * earlier clause is not the subject of a trigger in a later one.
   */
  clausesShareSubject?: boolean;
  /**
   * Verbs that make their object the subject of the next verb ("金正恩请李强转达…问候": Kim asks
   * Li to convey greetings; the greetings are Kim's): an actor right after one is never the
   * subject of a trigger.
   */
  pivots?: string[];
  /** The verb ends the clause (ko, ja): subject and objects stand before the trigger. */
  verbFinal?: boolean;
  /** Particles that mark the subject or topic ("은", "는", "이", "가"; "は", "が"). */
  subject?: string[];
  /** Particles that mark the direct object ("을", "를"; "を"). */
  object?: string[];
  /**
   * A plan or an intention written right after a verb-final trigger ("訪問する意向", intends to
   * visit; "방문할 예정", is to visit): the trigger states no relation. `endings` are the verb
   * forms that may stand between ("する", "할"), `words` the nouns of the plan ("予定", "예정").
   */
  planned?: { endings: string[]; words: string[] };
  /** Words after a partner's particle that make the partner do what the subject does ("함께": "시 주석과 함께 참관했다", watched with Xi; "とともに"). */
  together?: string[];
  /** Particles that mark a genitive, whose noun may be a trigger with that agent ("의"; "の": "시 주석의 평양 방문", Xi's visit to Pyongyang). */
  genitive?: string[];
  /**
   * One-character country abbreviations (中, 朝, 俄, ロ) stand only in compounds of two or
   * more ("中朝关系", "日米韓"), before one of `suffixes` ("中方", "朝方") or after one of
   * `prefixes` ("访华", "訪朝"); `never` lists compounds that are ordinary words ("朝日").
   * Korean writes such compounds as spaced words of one-syllable abbreviations ("북중", "한미일",
   * "방중": a visit to China): `words` lists them as written, and a word of the list, alone or
   * with one of `particles` after it ("방중에서"), gives a mention for each of its syllables that
   * is an abbreviation; on its own such a syllable is an ordinary word ("회담 중", during the talks).
   * A word may also go on as a verb: `verbStarts` are the first syllables of its forms ("했" in "방북했다고").
   * Headlines also write one of `alone` as a word of its own before a title that starts with one
   * of `titles` ("라브로프 러 외무장관", Russia's foreign minister Lavrov).
   */
  compoundAbbreviations?: {
    suffixes?: string[];
    prefixes?: string[];
    never?: string[];
    words?: string[];
    particles?: readonly string[];
    verbStarts?: string[];
    alone?: string[];
    titles?: string[];
  };
}

export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /** English name of the language. */
  name: string;
  /** The language's ISO 639-3 code (what language identifiers return). */
  iso6393: string;
  /** Scripts it is written in. */
  scripts: ("latin" | "cyrillic" | "greek" | "hangul" | "han" | "kana" | "arabic" | "hebrew" | "other")[];
  /** The most frequent words (function words), lowercase: the profile language identification uses. */
  stopwords: string[];
  /** Letters that are typical of this language among those of its script ("ąęłńśźż"). */
  letters?: string;
  /** Inflection rules of names (absent: names do not inflect). */
  inflection?: InflectionData;
  /** A plugin for what suffix rules cannot say; its paradigms are added to the rules'. */
  paradigms?: (word: string, info: WordInfo) => Paradigm[];
  /** Abbreviations that end with a period without ending a sentence ("płn.", "m.in.", "gen."). */
  abbreviations?: string[];
  /** A number followed by a period is an ordinal, not a sentence end ("80. rocznica", "3. September"). */
  ordinalPeriod?: boolean;
  /**
   * Common words that are spelt like a short name ("си" pronoun vs "Си" Xi), or like another
   * language's one-word name (Czech "kina", cinemas, vs Croatian "Kina", China); lowercase.
   */
  commonWords?: string[];
  /** Honorifics that precede a name and are not part of it ("Comrade", "товарищ", "Compagno"). */
  honorifics?: string[];
  /** Role nouns by normalised English role, in base form: { leader: ["przywódca"] }. */
  roles?: Record<string, string[]>;
  /** Word order and particles, for languages that need more than prepositions (ko, ja, zh). */
  syntax?: SyntaxData;
  /** Relation triggers by relation type. */
  triggers?: Partial<Record<RelationType, TriggerPattern[]>>;
  /** Function words for relation arguments. */
  words?: RelationWords;
  /** Phrases that introduce the leader of a delegation ("delegation led by", "unter der Leitung von"). */
  delegationLedBy?: string[];
  /** Date vocabulary; absent when a date library covers the language (see src/dates). */
  dates?: DateLexicon;
  /** The chrono-node locale that covers this language's dates, if any. */
  chronoLocale?: "en" | "de" | "it" | "ru" | "uk" | "fr" | "es" | "pt" | "nl" | "ja" | "zh" | "sv";
}
