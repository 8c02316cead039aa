/**
 * Arguments of a trigger: which mentions around it are its subject and object.
 * Each mention is marked by the function word before it (with, to, from, in),
 * looking past its own title ("z premierem Chin Li Qiangiem" → with).
 */
import type { CompiledLanguage } from "../lang/compile.js";
import type { Title } from "../resolve/titles.js";
import type { Found } from "../resolve/types.js";
import { COMMON_WORD_UNITS, foldText, wordsBetween } from "../text/chars.js";
import { compileNow } from "../text/compile-now.js";
import type { Tokens } from "../text/tokens.js";

export type Marker = "with" | "to" | "from" | "in" | "none";

export interface Argument {
  found: Found;
  marker: Marker;
  /** Start of the mention including a title before it. */
  start: number;
  /** The mention is only the organisation of someone's title ("Chinese" in "Chinese President Xi"). */
  inTitle: boolean;
  /** A country named for its leader ("the leaders of Russia and North Korea"). */
  leaders: boolean;
  /** An organisation quoted as the source ("KCNA said", "according to Yonhap"), named as the setting ("on the sidelines of the SCO summit"), or any name glossing the mention before it in parentheses ("(KS Číny)"): never an argument. */
  source: boolean;
  /** Languages with postpositions: the particle marks the subject/topic, the direct object or a genitive. */
  case?: Case;
  /** Languages with postpositions: where the mention's particle ends (its end when it has none). */
  caseEnd?: number;
}

export type Case = "subject" | "object" | "genitive";

export interface MarkerWords {
  with: Set<string>;
  to: Set<string>;
  from: Set<string>;
  in: Set<string>;
  of: Set<string>;
  determiners: Set<string>;
  /** Finds a reciprocal word ("each other", "взаимно") in folded text; null when the language lists none. */
  reciprocal: RegExp | null;
  /** The reciprocal words anywhere, word boundaries not checked: a sentence without one needs no closer look. */
  reciprocalWords: RegExp | null;
  /** Finds every comma followed by a relative pronoun in folded text ("…, who"); null when the language lists none. */
  relative: RegExp | null;
  /** Matches a plural "leaders (of the)" at the end of folded text; null when the language lists none. */
  leaders: RegExp | null;
  /** The plural "leaders" words anywhere, nothing around them checked (the quick test before `leaders`). */
  leaderWords: RegExp | null;
  /** The marker of each word of `with`, `to`, `from` and `in` (in that order of precedence): one lookup per mention instead of four. */
  markers: Map<string, Marker>;
  /** Vocalised prepositions and the folded first letters they stand before ("se" → /^[sz]/). */
  vocalised: Map<string, RegExp>;
  /** Finds "the two leaders" in folded text; null when the language lists none. */
  bothLeaders: RegExp | null;
  /** The same for `bothMinisters`. */
  bothMinisters: RegExp | null;
  /** `bothLeadersAfter` right after a meeting noun, a word between at most ("встреча лидеров двух стран"); null when the language lists none. */
  bothLeadersAfter: RegExp | null;
  /** Finds "the two countries" in folded text; null when the language lists none. */
  bothSides: RegExp | null;
  /** The words of `bothLeaders` and `bothSides` anywhere, word boundaries not checked; null when the language lists none. */
  bothWords: RegExp | null;
  /** Words that open a clause of what is said ("that", "že"). */
  that: Set<string>;
  /** The same, lowercased but not folded: Polish "że" (that) folds to "ze" (with). */
  thatWritten: Set<string>;
  /** A reporting word at the end of (`before`) or the start of (`after`) folded text; null when the language lists none. */
  reportingBefore: RegExp | null;
  reportingAfter: RegExp | null;
  /** A word that opens a verb-final reporting clause at the end of folded text ("wie", `reportingClause`), and a reporting word closing such a clause a few words on; null when the language lists none. */
  reportingOpener: RegExp | null;
  reportingLate: RegExp | null;
  /** A `sidelines` phrase and up to three words at the end of folded text; null when the language lists none. */
  sidelines: RegExp | null;
  /** A `together` phrase anywhere in folded text (global: read from a position); null when the language lists none. */
  together: RegExp | null;
  /** An `among` phrase anywhere in folded text; null when the language lists none. */
  among: RegExp | null;
  /** The folded `attendeesAfter` phrases ("的还有"). */
  attendeesAfter: string[];
  /** The folded subject pronouns ("er"). */
  subjectPronouns: Set<string>;
}

const cache = new WeakMap<CompiledLanguage, MarkerWords>();
/** No letter or digit before / after a phrase. */
const WORD_START = `(?<![${COMMON_WORD_UNITS}])(?<![\\p{L}\\p{N}])`;
const WORD_END = "(?![\\p{L}\\p{N}])";
/** A phrase of a script written without spaces between words (Han, kana, Hangul). */
const UNSPACED_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;


/**
 * The folded function words of a language. `like`, the folded text of the document at
 * hand, is read once when the words are first built: the RegExps that every sentence with
 * a trigger runs (the quick tests, reporting words, relative pronouns) get machine code
 * for text like it at once (see compileNow). The others run rarely; compiling them too
 * made a German first document 5 ms slower.
 */
export function markerWords(language: CompiledLanguage, like?: string): MarkerWords {
  let words = cache.get(language);
  if (!words) {
    const w = language.pack?.words;
    const fold = (list: string[] | undefined) => new Set((list ?? []).map((x) => foldText(x)));
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    /** One alternation of the folded phrases of a list, inside `before` … `after` (null when the list is empty). */
    const anyOf = (list: string[] | undefined, before: string, after: string, flags = "u") => {
      const alternatives = [...fold(list)].map(escape);
      return alternatives.length > 0 ? new RegExp(`${before}(?:${alternatives.join("|")})${after}`, flags) : null;
    };
    /**
     * The phrases of a list as words: inside word boundaries where words are spaced, as written
     * where they are not ("両首脳の会談", "中ロ両国が": a letter touches the phrase on both sides).
     */
    const phrases = (list: string[] | undefined) => {
      const spaced = (list ?? []).filter((x) => !UNSPACED_START.test(x));
      const unspaced = (list ?? []).filter((x) => UNSPACED_START.test(x));
      const both = [anyOf(spaced, WORD_START, WORD_END), anyOf(unspaced, "", "")].filter((r): r is RegExp => r !== null);
      return both.length === 2 ? new RegExp(`${both[0]!.source}|${both[1]!.source}`, "u") : (both[0] ?? null);
    };
    const linking = [...fold(w?.of), ...fold(w?.determiners)].map(escape);
    const link = linking.length > 0 ? `(?:(?:${linking.join("|")})\\s+)*` : "";
    const markers = new Map<string, Marker>();
    for (const marker of ["with", "to", "from", "in"] as const) for (const word of fold(w?.[marker])) if (!markers.has(word)) markers.set(word, marker);
    words = {
      with: fold(w?.with),
      to: fold(w?.to),
      from: fold(w?.from),
      in: fold(w?.in),
      markers,
      of: fold(w?.of),
      determiners: fold(w?.determiners),
      reciprocal: anyOf(w?.reciprocal, WORD_START, WORD_END),
      reciprocalWords: anyOf(w?.reciprocal, "", ""),
      leaders: anyOf(w?.leaders, WORD_START, `\\s+${link}$`),
      leaderWords: anyOf(w?.leaders, "", ""),
      vocalised: new Map(Object.entries(w?.vocalised ?? {}).map(([k, v]) => [foldText(k), new RegExp(`^${v}`, "u")])),
      bothSides: phrases(w?.bothSides),
      bothLeaders: phrases(w?.bothLeaders),
      bothMinisters: phrases(w?.bothMinisters),
      bothLeadersAfter: anyOf(w?.bothLeadersAfter, "^\\s+(?:\\p{L}+\\s+)?", WORD_END),
      bothWords: anyOf([...(w?.bothLeaders ?? []), ...(w?.bothMinisters ?? []), ...(w?.bothSides ?? [])], "", ""),
      that: fold(w?.that),
      thatWritten: new Set((w?.that ?? []).map((x) => x.toLowerCase())),
      reportingBefore: anyOf(w?.reporting, WORD_START, "[\\s,:]*(?:\\p{L}+\\s+)?$"),
      reportingAfter: anyOf(w?.reporting, "^[\\s,]*", WORD_END),
      // "wie Xinhua am Donnerstag meldete.": the opener before the source, the reporting word ending its clause.
      reportingOpener: anyOf(w?.reportingClause, WORD_START, "\\s+(?:[\\p{L}\\p{N}]+\\s+){0,3}$"),
      reportingLate: anyOf(w?.reporting, "^(?:\\s+[\\p{L}\\p{N}]+){1,3}\\s+", "(?=\\s*(?:[.,;:!?]|$))"),
      relative: anyOf(w?.relative, ",\\s*", WORD_END, "gu"),
      sidelines: anyOf(w?.sidelines, WORD_START, "(?:\\s+[\\p{L}\\p{N}]+){0,3}\\s+$"),
      together: anyOf(w?.together, WORD_START, WORD_END, "gu"),
      among: anyOf(w?.among, WORD_START, WORD_END, "u"),
      attendeesAfter: [...fold(w?.attendeesAfter)],
      subjectPronouns: fold(w?.subjectPronouns),
    };
    if (like !== undefined) {
      for (const regex of [words.reciprocalWords, words.leaderWords, words.reportingBefore, words.reportingAfter, words.relative]) {
        if (regex) compileNow(regex, like);
      }
    }
    cache.set(language, words);
  }
  return words;
}

/**
 * A name in parentheses right after another mention glosses it ("Komunistické strany Číny (KS Číny)",
 * "Workers' Party of Korea (WPK)"): the mention before is the argument, the gloss never is.
 */
function markGlosses(args: Argument[], folded: string): void {
  for (let k = 1; k < args.length; k++) {
    const arg = args[k]!;
    const before = args[k - 1]!.found;
    if (/^\s*[(（]\s*$/.test(folded.slice(before.end, arg.found.start)) && /^\s*[)）]/.test(folded.slice(arg.found.end, arg.found.end + 3))) arg.source = true;
  }
}

/**
 * Marks the mentions of one sentence.
 * `text` is the text the tokens index (folded or not).
 * `text` is the text as written (offsets as the folded one): "że" (that) and "ze" (with) fold alike.
 * @example markArguments(mentions, titles, tokens, words, text) // [{ found, marker: "with", … }]
 */
export function markArguments(mentions: Found[], titles: Title[], tokens: Tokens, words: MarkerWords, text: string): Argument[] {
  // Most sentences hold no title: no maps keyed by mention to make and read.
  if (titles.length === 0) return mentions.map((found) => ({ found, marker: markerBefore(found.firstToken - 1, tokens, words, text), start: found.start, inTitle: false, leaders: false, source: false }));
  const titleOrgs = new Set<Found>();
  const titleStart = new Map<Found, number>();
  const titleFirstToken = new Map<Found, number>();
  for (const t of titles) {
    if (t.of) titleOrgs.add(t.of);
    for (const org of t.chain) titleOrgs.add(org);
    const first = Math.min(t.role.firstToken, t.of && t.of.firstToken < t.person.firstToken ? t.of.firstToken : t.role.firstToken);
    if (first < t.person.firstToken) {
      titleFirstToken.set(t.person, Math.min(titleFirstToken.get(t.person) ?? Infinity, first));
      titleStart.set(t.person, Math.min(titleStart.get(t.person) ?? Infinity, tokens.start[first]!));
    }
  }
  return mentions.map((found) => {
    const marker = markerBefore((titleFirstToken.get(found) ?? found.firstToken) - 1, tokens, words, text);
    return { found, marker, start: titleStart.get(found) ?? found.start, inTitle: titleOrgs.has(found), leaders: false, source: false };
  });
}

/**
 * The marker of the function word at token `last` or before it past determiners ("with", "z"; "none" for any other word).
 * Not across punctuation: in "…指明了方向。中方", "向" (towards) ends the sentence before and marks nothing after it.
 */
function markerBefore(last: number, tokens: Tokens, words: MarkerWords, text: string): Marker {
  let t = last;
  while (t >= 0 && words.determiners.has(tokens.keys[t]!)) t--;
  if (t < 0) return "none";
  if (t + 1 < tokens.count && hasPunctuation(text, tokens.end[t]!, tokens.start[t + 1]!)) return "none";
  const key = tokens.keys[t]!;
  const marker = words.markers.get(key);
  if (marker === undefined) return "none";
  // A word that opens what is said is no preposition, whatever it folds to: "że Pjongjang" is not "ze Pjongjang".
  if (words.thatWritten.size > 0 && words.thatWritten.has(text.slice(tokens.start[t]!, tokens.end[t]!).toLowerCase())) return "none";
  const vocalised = words.vocalised.get(key);
  if (vocalised && !vocalised.test(tokens.keys[t + 1] ?? "")) return "none";
  return marker;
}

/** A stop, a comma, a colon or a semicolon (Western or CJK) in text[from, to). */
function hasPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x2c || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f) return true;
    if (c === 0x3002 || c === 0x3001 || c === 0xff0c || c === 0xff01 || c === 0xff1f || c === 0xff1a || c === 0xff1b) return true;
  }
  return false;
}

/**
 * True if the words of a gap between two mentions are an "and" and then only "of" words
 * and determiners ("and", "e della": an "and" before a repeated "of the"): the two are
 * coordinated.
 * @example andJoins(["and", "the"], en.and, markerWords(en)) === true
 */
export function andJoins(gap: readonly string[], and: ReadonlySet<string>, words: MarkerWords): boolean {
  if (!and.has(gap[0]!)) return false;
  for (let i = 1; i < gap.length; i++) if (!words.of.has(gap[i]!) && !words.determiners.has(gap[i]!)) return false;
  return true;
}

/**
 * Marks the countries named for their leaders: after a plural "leaders of"
 * and those joined to it by "and" ("the leaders of Russia and North Korea",
 * "i Capi di Stato della RPDC e della Russia").
 * @example markLeaders(args, folded, words, and) // args[0].leaders === true
 */
export function markLeaders(args: Argument[], folded: string, words: MarkerWords, and: Set<string>): void {
  if (!words.leaders || args.length === 0) return;
  // Every window read below lies in this span: without a "leaders" word in it, no country is named for its leader.
  let from = Infinity;
  let to = 0;
  for (const arg of args) {
    from = Math.min(from, arg.start);
    to = Math.max(to, arg.start);
  }
  if (!words.leaderWords!.test(folded.slice(Math.max(0, from - 60), to))) return;
  let previous: Argument | undefined;
  for (const arg of args) {
    if (arg.found.type === "country" && !arg.inTitle) {
      const before = folded.slice(Math.max(0, arg.start - 60), arg.start);
      if (words.leaders.test(before)) arg.leaders = true;
      else if (previous?.leaders) {
        arg.leaders = andJoins(wordsBetween(folded, previous.found.end, arg.start), and, words);
      }
    }
    previous = arg;
  }
}

/** The particles of a postpositional language, longest first, each with what it marks. */
function particleTable(language: CompiledLanguage, words: MarkerWords): [string, Marker | Case][] {
  const syntax = language.pack?.syntax;
  // Each particle once, with its marker by the same precedence as the words before a mention.
  const table: [string, Marker | Case][] = [...words.markers];
  for (const p of syntax?.subject ?? []) table.push([foldText(p), "subject"]);
  for (const p of syntax?.object ?? []) table.push([foldText(p), "object"]);
  for (const p of syntax?.genitive ?? []) table.push([foldText(p), "genitive"]);
  return table.sort((a, b) => b[0].length - a[0].length);
}

const particleCache = new WeakMap<CompiledLanguage, { table: [string, Marker | Case][]; honorifics: string[] }>();

/**
 * Languages with postpositions (ko, ja): reads each mention's marker from the
 * particle AFTER it, past a title that follows the name and an honorific
 * ("김정은 국무위원장은" → subject, "プーチン大統領と" → with, "金正恩氏は" → subject).
 * @example markPostpositions(args, titles, folded, tokens, language, words)
 */
export function markPostpositions(args: Argument[], titles: Title[], folded: string, tokens: Tokens, language: CompiledLanguage, words: MarkerWords): void {
  let cached = particleCache.get(language);
  if (!cached) {
    cached = { table: particleTable(language, words), honorifics: (language.pack?.honorifics ?? []).map((h) => foldText(h)).sort((a, b) => b.length - a.length) };
    particleCache.set(language, cached);
  }
  const { table, honorifics } = cached;
  const attached = language.pack?.syntax?.attachedParticles === true;
  for (const arg of args) {
    let end = arg.found.end;
    let roleText: string | null = null;
    for (const t of titles) {
      if (t.person === arg.found && t.role.start >= arg.found.end && t.role.end > end) {
        end = t.role.end;
        roleText = folded.slice(t.role.start, t.role.end);
      }
    }
    let mark: Marker | Case | undefined;
    let particleEnd = end;
    if (roleText !== null && attached) {
      // The particle is written on the role word: "국무위원장은", "주석과".
      mark = table.find(([p]) => roleText!.length > p.length && roleText!.endsWith(p))?.[1];
    } else {
      const window = folded.slice(end, end + 8);
      let tail = window;
      const trimmed = tail.replace(/^\s+/, "");
      const honorific = honorifics.find((h) => trimmed.startsWith(h));
      // An honorific is its own word in Korean ("김정은 동지가"), written on the name in Japanese ("金正恩氏は").
      if (honorific) tail = trimmed.slice(honorific.length);
      else if (!attached) tail = trimmed;
      const particle = table.find(([p]) => tail.startsWith(p));
      mark = particle?.[1];
      if (particle) particleEnd = end + window.length - tail.length + particle[0].length;
    }
    arg.caseEnd = particleEnd;
    if (mark === "subject" || mark === "object" || mark === "genitive") {
      arg.case = mark;
      arg.marker = "none";
    } else arg.marker = mark ?? "none";
  }
}

/**
 * Marks the arguments that are never one (`Argument.source`): glosses in parentheses, organisations
 * named as the setting ("on the sidelines of"), and organisations quoted as sources, with a reporting
 * word right before or after them ("KCNA said", "according to Yonhap", "сообщило ЦТАК", "laut KCNA").
 * @example markSources(args, folded, words) // args[0].source === true
 */
export function markSources(args: Argument[], folded: string, words: MarkerWords): void {
  markGlosses(args, folded);
  if (!words.reportingBefore || !words.reportingAfter) return;
  for (const arg of args) {
    if (arg.found.type !== "organization") continue;
    const before = folded.slice(Math.max(0, arg.start - 40), arg.start);
    if (words.sidelines?.test(before)) {
      arg.source = true;
      continue;
    }
    const after = folded.slice(arg.found.end, arg.found.end + 40);
    if (words.reportingBefore.test(before) || words.reportingAfter.test(after)) arg.source = true;
    else if (words.reportingOpener?.test(before) && words.reportingLate!.test(after)) arg.source = true;
  }
}
