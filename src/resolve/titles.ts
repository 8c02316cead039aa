/**
 * Titles and appositions around person names: "Chinese President Xi Jinping",
 * "Premier Korei Północnej - Pak Thae Song", "Си Дзинпин, генерален секретар
 * на ЦК на ККП и китайски президент". A title is a chain of role words,
 * organisation/country mentions and linking words joined to the name.
 */
import { TokenFlag, type Tokens } from "../text/tokens.js";
import { WordClass } from "../text/word-class.js";
import type { Found, RoleWord } from "./types.js";

export interface Title {
  person: Found;
  role: RoleWord;
  /** The organisation or country the role is of, when the title names it. */
  of: Found | null;
  /** Every organisation or country in the title's chain ("ЦК на ККП" → both): none of them acts in the sentence. */
  chain: Found[];
}

export interface TitleContext {
  text: string;
  tokens: Tokens;
  /** Entity mentions (not dates), in text order. */
  mentions: Found[];
  roles: RoleWord[];
  /** WordClass bits of every token: `Linker` marks the linking words ("of", "na", "della", "and", "и", "the", "der"). */
  classes: Uint8Array;
  /** Folded "and" words and determiners: "and the" starts another noun phrase, never more of a title ("le chef du Kremlin et le dirigeant nord-coréen Kim"). */
  and?: Set<string>;
  determiners?: Set<string>;
  /** True if the person could hold the role on the document date (no known positions: true). Checks the less certain titles ("the leader, Kim Jong Il"). */
  plausible?: (person: number, role: string) => boolean;
  /** The language writes titles after the name without a comma ("김정은 국무위원장", "プーチン大統領"). */
  titlesAfterName?: boolean;
  /** A title before a name takes the name's case (`SyntaxData.titleAgrees`). */
  titleAgrees?: boolean;
  /** True if the gazetteer knows offices of the person and none of them is of the country `org` (checked for a country after the name only). */
  holdsNoOfficeOf?: (person: number, org: number) => boolean;
}

const ORG_TYPES = new Set(["country", "party", "organization", "place"]);
type Item = { kind: "role"; role: RoleWord } | { kind: "org"; found: Found } | { kind: "person"; found: Found } | { kind: "link" };

/**
 * What covers each token: mention i as i + 1, role word j as -(j + 1), nothing as 0 (where
 * both cover a token, the mention). The items are made when a walk reads them, one per
 * mention or role word (a walk tells items apart by identity). Numbers, not an item per
 * token: a long document's labels were a million slots of young objects the collector read.
 */
class Labels {
  private readonly covers: Int32Array;
  private readonly mentionItems: (Item | undefined)[];
  private readonly roleItems: (Item | undefined)[];

  constructor(private readonly ctx: TitleContext) {
    this.covers = new Int32Array(ctx.tokens.count);
    // Sized up front: written at scattered indices, an empty array changed its elements' kind on the way.
    this.mentionItems = new Array<Item | undefined>(ctx.mentions.length);
    this.roleItems = new Array<Item | undefined>(ctx.roles.length);
    ctx.mentions.forEach((m, i) => {
      for (let t = m.firstToken; t < m.lastToken; t++) this.covers[t] = i + 1;
    });
    ctx.roles.forEach((r, j) => {
      if (r.role === "capital") return; // a place, never a person's title
      for (let t = r.firstToken; t < r.lastToken; t++) if (this.covers[t] === 0) this.covers[t] = -(j + 1);
    });
  }

  /**
   * What token `t` is part of: its mention's or role word's item, or else a linking word, an
   * item of its own made when read (made for every linking word up front, they lived to the
   * end of a long document's stage).
   */
  itemAt(t: number): Item | undefined {
    const c = this.covers[t]!;
    if (c > 0) return (this.mentionItems[c - 1] ??= mentionItem(this.ctx.mentions[c - 1]!));
    if (c < 0) return (this.roleItems[-c - 1] ??= { kind: "role", role: this.ctx.roles[-c - 1]! });
    if (!(this.ctx.classes[t]! & WordClass.Linker) || this.ctx.tokens.flags[t]! & TokenFlag.Numeric) return undefined;
    return { kind: "link" };
  }
}

function mentionItem(m: Found): Item {
  return m.type === "person" ? { kind: "person", found: m } : ORG_TYPES.has(m.type) ? { kind: "org", found: m } : { kind: "link" };
}

/** Punctuation allowed between the parts of a title. */
function gapKind(text: string, from: number, to: number): "space" | "comma" | "dash" | "paren" | "break" {
  if (to <= from || (to === from + 1 && text.charCodeAt(from) === 0x20)) return "space"; // most gaps: one space or none
  const gap = text.slice(from, to);
  if (/^[\s'、]*$/.test(gap)) return "space";
  if (/^\s*,\s*$/.test(gap)) return "comma";
  if (/^\s*[-\u2010-\u2015]\s*$/.test(gap)) return "dash";
  if (/^\s*[()]\s*[()]?\s*$/.test(gap) || /^\s*\)\s*,?\s*$/.test(gap) || /^\s*,?\s*\(\s*$/.test(gap)) return "paren";
  return "break";
}

/**
 * The titles of the people mentioned.
 * @example findTitles(ctx) // [{ person: <Xi Jinping>, role: <President>, of: <Chinese> }]
 */
export function findTitles(ctx: TitleContext): Title[] {
  const labels = new Labels(ctx);
  const { tokens, text } = ctx;
  const titles: Title[] = [];
  const claimed = new Set<RoleWord>();
  for (const person of ctx.mentions) {
    if (person.type !== "person" || person.form === "descriptor") continue;
    // Backward: a title right before the name ("President Xi", "Premier Korei Płn. - Pak").
    const before: Item[] = [];
    let t = person.firstToken - 1;
    let prevStart = person.start;
    let first = true;
    let viaComma = false;
    while (t >= 0) {
      const item = labels.itemAt(t);
      if (!item || item.kind === "person" || !inSentence(item, person.sentence)) break;
      // Another token of the role word or mention just read: what lies between its own tokens is part of
      // it ("Staats- und Parteichef": the dash after "Staats" is no gap in the title).
      if (item === before[0]) {
        prevStart = tokens.start[t]!;
        t--;
        continue;
      }
      // A mention may end past its last token ("Korei Płn." keeps its period).
      const itemEnd = item.kind === "org" ? Math.max(tokens.end[t]!, item.found.end) : tokens.end[t]!;
      const gap = gapKind(text, itemEnd, prevStart);
      // A comma only right before the name, as in an apposition: "North Korea's foreign minister, Choe Son Hui," (checked below).
      if (gap === "comma" && first) viaComma = true;
      else if (gap === "break" || gap === "comma" || (gap === "dash" && !first) || gap === "paren") break;
      if (item.kind === "link" && ctx.and?.has(tokens.keys[t]!) && t + 1 < tokens.count && ctx.determiners?.has(tokens.keys[t + 1]!)) break;
      first = false;
      if (before[0] !== item) before.unshift(item);
      prevStart = tokens.start[t]!;
      t--;
    }
    // "the foreign minister, Choe Son Hui," is a title only if it holds a role and the name is closed off after it ("the president, Kim said" is not).
    if (viaComma) {
      const roles = before.flatMap((item) => (item.kind === "role" ? [item.role.role] : []));
      const closed = /^\s*(?:[,.;:!?)]|$)/.test(text.slice(person.end, person.end + 3));
      // "…father of the current leader, Kim Jong Il" in 2024: Kim Jong Il is not the leader then.
      const fits = roles.length > 0 && (!ctx.plausible || roles.some((r) => ctx.plausible!(person.entity, r)));
      if (!closed || !fits) before.length = 0;
    }
    // "Predsjednik … Koreje Putinu": a title in its base form is not that of a name in another case.
    // The role next to the name decides: "Советник президента США Дональда Трампа" is the president's.
    if (ctx.titleAgrees && person.ending && inBaseForm(lastRole(before))) before.length = 0;
    // Forward: an apposition after a comma or dash ("Xi, General Secretary of …").
    const after: Item[] = [];
    t = person.lastToken;
    let prevEnd = person.end;
    first = true;
    let spaceTitle = false;
    // The name again in parentheses (a reading or a transliteration) before the title: "金正恩（キム・ジョンウン）朝鮮労働党総書記".
    const reading = /^\s*[（(][^()（）\n]{1,30}[)）]/.exec(text.slice(person.end, person.end + 34));
    if (ctx.titlesAfterName && reading) {
      prevEnd = person.end + reading[0].length;
      while (t < tokens.count && tokens.start[t]! < prevEnd) t++;
      first = false;
    }
    while (t < tokens.count) {
      const item = labels.itemAt(t);
      if (!item || !inSentence(item, person.sentence)) break;
      const gap = gapKind(text, prevEnd, tokens.start[t]!);
      if (gap === "break") break;
      if (item.kind === "person") {
        // The same person again in another script, in parentheses: "金正恩（キム・ジョンウン）朝鮮労働党総書記".
        if (item.found.entity < 0 || item.found.entity !== person.entity || gap !== "paren") break;
        prevEnd = Math.max(tokens.end[t]!, item.found.end);
        t = item.found.lastToken;
        continue;
      }
      if (first && gap !== "comma" && gap !== "dash" && gap !== "paren" && !(ctx.titlesAfterName && gap === "space")) break;
      // A title written after the name ends with its role word ("김정은 북한 국무위원장은 베이징에서" stops at the role).
      const postposed = first && gap === "space";
      if (first) spaceTitle = postposed;
      first = false;
      if (after.at(-1) !== item) after.push(item);
      if (spaceTitle && item.kind === "role") break;
      prevEnd = tokens.end[t]!;
      t++;
    }
    const beforeChain = trimLinks(before);
    for (const chain of [beforeChain, trimLinks(after)]) {
      const orgs: Found[] = [];
      for (const item of chain) if (item.kind === "org") orgs.push(item.found);
      // A title after the name may have its organisation before the name: "ロシアのラブロフ外相", "중국의 시진핑 주석".
      const lastBefore = beforeChain.at(-1);
      // Not a place: "댜오위타이 국빈관에서 푸틴 대통령과" says where, not whose president.
      const outer = ctx.titlesAfterName && chain !== beforeChain && lastBefore?.kind === "org" && lastBefore.found.type !== "place" ? lastBefore.found : null;
      chain.forEach((item, i) => {
        if (item.kind !== "role" || claimed.has(item.role)) return;
        const of = orgOf(chain, i) ?? outer;
        // An apposition after the name naming a country the person holds no known office of is the next
        // clause's subject, not their title: "recibido por Kim, el canciller ruso mantuvo …". (Not checked for
        // bodies: the gazetteer does not say that the CPC's general secretary sits on its Central Committee.)
        if (chain !== beforeChain && of?.type === "country" && ctx.holdsNoOfficeOf?.(person.entity, of.entity)) return;
        claimed.add(item.role);
        titles.push({ person, role: item.role, of, chain: of === outer && outer ? [...orgs, outer] : orgs });
      });
    }
  }
  return titles;
}

/** A title never reaches into another sentence ("…la ministra de Exteriores norcoreana" in a headline, "El presidente ruso, Vladímir Putin" after it). */
function inSentence(item: Item, sentence: number): boolean {
  return item.kind === "link" || (item.kind === "role" ? item.role.sentence : item.found.sentence) === sentence;
}

/** The role word is written in its base form: as written, not folded ("przywódcą" folds to the base "przywódca"). */
function inBaseForm(role: RoleWord | undefined): boolean {
  return role !== undefined && role.text.replace(/\s+/g, " ").toLowerCase() === role.base.toLowerCase();
}

/** The role word of `chain` nearest its end. */
function lastRole(chain: Item[]): RoleWord | undefined {
  for (let k = chain.length - 1; k >= 0; k--) {
    const item = chain[k]!;
    if (item.kind === "role") return item.role;
  }
  return undefined;
}

function trimLinks(chain: Item[]): Item[] {
  let a = 0;
  let b = chain.length;
  while (a < b && chain[a]!.kind === "link") a++;
  while (b > a && chain[b - 1]!.kind === "link") b--;
  return chain.slice(a, b);
}

/** The organisation of the role at `i`: right after it (past linking words), else right before it. */
function orgOf(chain: Item[], i: number): Found | null {
  for (let j = i + 1; j < chain.length; j++) {
    const item = chain[j]!;
    if (item.kind === "org") return item.found;
    if (item.kind !== "link") break;
  }
  for (let j = i - 1; j >= 0; j--) {
    const item = chain[j]!;
    if (item.kind === "org") return item.found;
    if (item.kind !== "link") break;
  }
  return null;
}
