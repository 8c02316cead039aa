/**
 * Descriptors (SPEC §4): a role word joined to a country or organisation that
 * refers to the office holder on the document date: "Przywódca Chin",
 * "the North Korean leader", "Russia's president". Role words that are titles
 * of a named person are not descriptors.
 */
import type { Tokens } from "../text/tokens.js";
import { WordClass } from "../text/word-class.js";
import type { PositionIndex } from "./positions.js";
import { holderOf, ministerAmong } from "./positions.js";
import type { Title } from "./titles.js";
import { makeFound, type Found, type RoleWord } from "./types.js";

export interface DescriptorContext {
  text: string;
  tokens: Tokens;
  /** Entity mentions in text order. */
  mentions: Found[];
  roles: RoleWord[];
  titles: Title[];
  /** WordClass bits of every token: `Linker` marks the linking words allowed between a role and its country ("of", "na", "della", "the"). */
  classes: Uint8Array;
  positions: PositionIndex;
  /** Entity ids by index, and the country a capital stands for. */
  ids: readonly string[];
  capitalOf: (entity: number) => number;
  capitalCity: (country: number) => number;
  date: string | null;
  /** The owner may stand before the role past a linking word ("中国の最高指導者"). */
  ownerBeforeLinker?: boolean;
  /**
   * Particles are written on the word (ko): the descriptor ends before the role's ("중국 최고지도자의" →
   * "중국 최고지도자"), and its owner is never after it ("최 외무상은 북한이" names no one's minister).
   */
  particlesOutside?: boolean;
  /** The folded "in"/"at" prepositions: a place named after one is where, not whose ("na Kremlu szefową dyplomacji Korei Północnej"). */
  locatives?: Set<string>;
}

export interface Descriptor {
  found: Found;
  /** The country/organisation mention it absorbs. */
  absorbed: Found;
  role: RoleWord;
}

const OF_TYPES = new Set(["country", "party", "organization", "place"]);

/**
 * Descriptor mentions, each with the mention it absorbs.
 * @example findDescriptors(ctx) // [{ found: { text: "Przywódca Chin", entity: xi }, absorbed: <Chin> }]
 */
export function findDescriptors(ctx: DescriptorContext): Descriptor[] {
  const titled = new Set(ctx.titles.map((t) => t.role));
  let owners: OwnersByToken | undefined;
  let mentionedPeople: Set<number> | undefined;
  const out: Descriptor[] = [];
  for (const role of ctx.roles) {
    if (titled.has(role)) continue;
    const of = ownerOf(role, ctx, (owners ??= ownersByToken(ctx)));
    if (!of) continue;
    const country = ctx.capitalOf(of.entity);
    // "the North Korean capital", "stolica Chin": the capital city, not an office holder.
    const isCapital = role.role === "capital";
    // The head of a seat of government is its country's leader: "il capo del Cremlino", "the Kremlin chief" (not of a capital city: "the head of Beijing").
    const seat = country >= 0 && country !== of.entity && ctx.capitalCity(country) !== of.entity;
    const office = role.role === "head" && seat ? "leader" : role.role;
    const owner = ctx.ids[country >= 0 ? country : of.entity]!;
    let holder = isCapital ? (of.type === "country" ? ctx.capitalCity(of.entity) : -1) : holderOf(ctx.positions, office, owner, ctx.date);
    // "the Russian minister" (no office named): the one minister of that country the document names.
    if (holder < 0 && office === "minister") holder = ministerAmong(ctx.positions, owner, ctx.date, (mentionedPeople ??= peopleOf(ctx.mentions)));
    if (holder < 0) continue;
    const start = Math.min(role.start, of.start);
    const roleEnd = ctx.particlesOutside && role.text.length > role.base.length && role.text.startsWith(role.base) ? role.start + role.base.length : role.end;
    const end = Math.max(roleEnd, of.end);
    out.push({
      role,
      absorbed: of,
      found: makeFound(
        start,
        end,
        Math.min(role.firstToken, of.firstToken),
        Math.max(role.lastToken, of.lastToken),
        role.sentence,
        holder,
        isCapital ? "place" : "person",
        "descriptor",
        ctx.date ? 0.8 : 0.6,
        ctx.text.slice(start, end),
      ),
    });
  }
  return out;
}

/** The people the mentions name. */
function peopleOf(mentions: Found[]): Set<number> {
  const out = new Set<number>();
  for (const m of mentions) if (m.type === "person" && m.entity >= 0) out.add(m.entity);
  return out;
}

/** The mentions that can own a role (countries, parties, organisations, places, linked), by first and by last token. */
interface OwnersByToken {
  list: Found[];
  /** Per token: 1 + the index in `list` of the last owner starting there (a Map filled in text order would keep that one), 0 for none. */
  first: Int32Array;
  /** Per token: the same for owners whose `lastToken` it is. */
  last: Int32Array;
}

/** Typed arrays by token, not two Maps: on a long document the Maps' entries lived to the end of the stage. Made at the first role that needs an owner. */
function ownersByToken(ctx: DescriptorContext): OwnersByToken {
  const list: Found[] = [];
  const first = new Int32Array(ctx.tokens.count + 1);
  const last = new Int32Array(ctx.tokens.count + 1);
  for (const m of ctx.mentions) {
    if (!OF_TYPES.has(m.type) || m.entity < 0) continue;
    list.push(m);
    first[m.firstToken] = list.length;
    last[m.lastToken] = list.length;
  }
  return { list, first, last };
}

/** The country or organisation next to the role: before it ("Chinese leader", "China's president"), or after it past linkers ("leader of China", "przywódca Chin"). */
function ownerOf(role: RoleWord, ctx: DescriptorContext, owners: OwnersByToken): Found | undefined {
  // "le ministre russe des Affaires étrangères": the adjective inside the title.
  if (role.inner) return role.inner;
  const { tokens, text } = ctx;
  const byFirst = (t: number): Found | undefined => owners.list[owners.first[t]! - 1];
  const byLast = (t: number): Found | undefined => (t >= 0 ? owners.list[owners.last[t]! - 1] : undefined);
  const gapOk = (a: number, b: number) => /^[\s'\u2019]*$/.test(text.slice(a, b));
  const before = byLast(role.firstToken);
  // Not the last of a compound of abbreviations either: "ロ朝首脳会談", "中朝首脳" are two countries' leaders.
  const compound = before?.form === "abbreviation" && before.end - before.start === 1 && byLast(before.firstToken)?.end === before.start;
  // (A name only: an adjective agrees with the role and is part of it, "в северокорейскую столицу".)
  const located = before !== undefined && before.form !== "adjective" && before.firstToken > 0 && ctx.locatives?.has(tokens.keys[before.firstToken - 1]!) === true;
  if (before && !compound && !located && before.sentence === role.sentence && gapOk(before.end, role.start)) return before;
  // Past a genitive particle: "中国の最高指導者".
  const link = role.firstToken - 1;
  let owner = ctx.ownerBeforeLinker && link >= 0 && (ctx.classes[link]! & WordClass.Linker) !== 0 ? byLast(link) : undefined;
  // Not the last abbreviation of a compound: "日米韓の首脳" are three leaders.
  if (owner?.form === "abbreviation" && owner.end - owner.start === 1) owner = undefined;
  if (owner && owner.sentence === role.sentence && gapOk(owner.end, tokens.start[link]!) && gapOk(tokens.end[link]!, role.start)) return owner;
  // English possessive: "Russia's president" (tokens: russia, s, president).
  const possessive = byLast(role.firstToken - 1);
  if (possessive && tokens.keys[role.firstToken - 1] === "s" && /^['\u2019]s\s+$/.test(text.slice(possessive.end, role.start))) return possessive;
  if (ctx.particlesOutside) return undefined;
  let t = role.lastToken;
  let prev = role.end;
  for (let hops = 0; hops < 3 && t < tokens.count; hops++) {
    if (!gapOk(prev, tokens.start[t]!)) return undefined;
    const after = byFirst(t);
    // Not a country inside the next word: "외교부장 방북" (a visit to the North) names no one's foreign minister.
    if (after) return after.sentence === role.sentence && after.start === tokens.start[t] ? after : undefined;
    if (!(ctx.classes[t]! & WordClass.Linker)) return undefined;
    prev = tokens.end[t]!;
    t++;
  }
  return undefined;
}
