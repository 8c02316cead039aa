/**
 * Synthetic gazetteer entries for the scale benchmark: deterministic, and shaped like a
 * real multilingual gazetteer so the matcher does real work. Names of one to five words in
 * Latin (with Polish letters), Cyrillic, Hangul and Han; Polish, Russian and Bulgarian
 * aliases in dictionary form with the endings inflection rules act on (-ski, -ов, -а,
 * -ość…); short forms, abbreviations and adjectives on some entries. The entries are not
 * consistent translations of each other, which the matcher does not need.
 */
import type { GazetteerEntry } from "../src/schema/gazetteer.js";

/** mulberry32: a tiny, fast, seedable PRNG, so every run builds the same entries. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const split = (s: string) => s.split(" ");
const LATIN = split("an bel da dor el fa gor ha ir ka len lo ma mir na nor o pa ra rin sa sel ta tor u va ven za ber kos lan mar tel vin dra");
const POLISH = split("bo brze cha chło dą dzie gło ja ko kra łu ma mie no pa prze ró rze sła sta szczy świę ta wa wło wró za zbi ży");
const CYRILLIC = split("ба бо ва ве го да де жи за зо ка ки ко ла ле ли ма ми мо на но ра ре ро са се со та ти фе хо че шу");
const BULGARIAN_ROOTS = split("бъл въл гъ дъ жъ зла кръ лъ мъ пре ръ стъ тъ хри цве чер");
const HANGUL_FAMILY = split("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전");
const HANGUL = split("민 준 서 연 지 현 우 수 영 호 진 성 은 혜 태 철 광 명 희 경 재 동 하 윤 상 훈 석 주 용 남");
const HAN_FAMILY = split("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗");
const HAN = split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 涛 明 超 秀 霞 平 刚 华 建 国 红 文 辉 力 鹏 宇 浩");
const HAN_PLACE_SUFFIX = split("市 省 县 州 港");

type Gender = "m" | "f";
interface Head {
  en: string;
  pl: [string, Gender];
  ru: [string, Gender];
  bg: [string, Gender];
}
const ORGANIZATION_HEADS: Head[] = [
  { en: "Committee", pl: ["Komitet", "m"], ru: ["комитет", "m"], bg: ["комитет", "m"] },
  { en: "Commission", pl: ["Komisja", "f"], ru: ["комиссия", "f"], bg: ["комисия", "f"] },
  { en: "Council", pl: ["Rada", "f"], ru: ["совет", "m"], bg: ["съвет", "m"] },
  { en: "Agency", pl: ["Agencja", "f"], ru: ["служба", "f"], bg: ["агенция", "f"] },
  { en: "Office", pl: ["Urząd", "m"], ru: ["департамент", "m"], bg: ["служба", "f"] },
  { en: "Institute", pl: ["Instytut", "m"], ru: ["институт", "m"], bg: ["институт", "m"] },
  { en: "Chamber", pl: ["Izba", "f"], ru: ["палата", "f"], bg: ["камара", "f"] },
];
const ADJECTIVES: { en: string; pl: string; ru: string; bg: string }[] = [
  { en: "National", pl: "Narodow", ru: "Национальн", bg: "Национал" },
  { en: "Central", pl: "Centraln", ru: "Центральн", bg: "Централ" },
  { en: "State", pl: "Państwow", ru: "Государственн", bg: "Държав" },
  { en: "Supreme", pl: "Najwyższ", ru: "Верховн", bg: "Върхов" },
  { en: "Regional", pl: "Regionaln", ru: "Региональн", bg: "Регионал" },
];
/** Fixed (already genitive) complements, as Polish, Russian and Bulgarian names have them. */
const DOMAINS: { en: string; pl: string; ru: string; bg: string }[] = [
  { en: "for Energy", pl: "Energetyki", ru: "по энергетике", bg: "по енергетика" },
  { en: "for Trade", pl: "Handlu", ru: "по торговле", bg: "по търговия" },
  { en: "for Maritime Affairs", pl: "Gospodarki Morskiej", ru: "по морским делам", bg: "по морските въпроси" },
  { en: "for Security", pl: "Bezpieczeństwa", ru: "безопасности", bg: "за сигурност" },
  { en: "for Railways", pl: "Kolei", ru: "железных дорог", bg: "на железниците" },
  { en: "for Science", pl: "Nauki", ru: "по науке", bg: "по наука" },
];

/** Gendered adjective endings in the dictionary (nominative singular) form. */
function agree(stem: string, lang: "pl" | "ru" | "bg", gender: Gender): string {
  if (lang === "pl") return stem + (gender === "m" ? "y" : "a");
  if (lang === "ru") return stem + (gender === "m" ? "ый" : "ая");
  return stem + (gender === "m" ? "ен" : "на");
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const initials = (words: string[]) => words.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w)).map((w) => w.charAt(0).toUpperCase()).join("");

/** Deterministic synthetic entries; `next()` returns one entry at a time, never the same name twice in a language. */
export class SyntheticGazetteer {
  private readonly random: () => number;
  private readonly taken = new Set<string>();
  private count = 0;

  constructor(seed = 20251012) {
    this.random = prng(seed);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  private word(syllables: readonly string[], min: number, max: number): string {
    const n = min + Math.floor(this.random() * (max - min + 1));
    let w = "";
    for (let i = 0; i < n; i += 1) w += this.pick(syllables);
    return w;
  }

  /** A name not used before in this language key, or null after a few collisions (then left out). */
  private unique(lang: string, make: () => string): string | null {
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const name = make();
      const key = `${lang}\u0000${name}`;
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return name;
      }
    }
    return null;
  }

  /** A Slavic given name: feminine ones end in -a, masculine ones in a consonant ending ("Bogusław"). */
  private givenName(syllables: readonly string[], feminine: boolean, a: string, masculineEndings: readonly string[]): string {
    const stem = capitalize(this.word(syllables, 2, 3)).replace(/[aeiouyаеиоуыяёюэ]$/u, "");
    return stem + (feminine ? a : this.pick(masculineEndings));
  }

  private person(id: string): GazetteerEntry {
    const aliases: Record<string, string[]> = {};
    const short: Record<string, string[]> = {};
    const feminine = this.random() < 0.4;
    const full: Record<string, () => string> = {
      en: () => `${capitalize(this.word(LATIN, 2, 3))} ${capitalize(this.word(LATIN, 2, 3))}`,
      pl: () =>
        `${this.givenName(POLISH, feminine, "a", ["sław", "mir", "dan", "usz", "ek"])} ` +
        `${capitalize(this.word(POLISH, 1, 2))}${this.pick(feminine ? ["ska", "cka", "ak", "ek"] : ["ski", "cki", "wicz", "czyk", "ak", "ek"])}`,
      ru: () =>
        `${this.givenName(CYRILLIC, feminine, "а", ["слав", "мир", "дан", "ий", "ор"])} ` +
        `${capitalize(this.word(CYRILLIC, 1, 2))}${this.pick(feminine ? ["ова", "ева", "ина", "ская"] : ["ов", "ев", "ин", "ский", "енко"])}`,
      bg: () => `${capitalize(this.word(CYRILLIC, 1, 2))}${this.pick(BULGARIAN_ROOTS)} ${capitalize(this.word(BULGARIAN_ROOTS, 1, 2))}${feminine ? "ова" : "ов"}`,
    };
    const withShort = this.random() < 0.5;
    for (const [lang, make] of Object.entries(full)) {
      const name = this.unique(lang, make);
      if (!name) continue;
      aliases[lang] = [name];
      // The family name alone, as news uses it once the full name was given ("Kowalski", "Петров").
      if (withShort && lang !== "bg") short[lang] = [name.split(" ").at(-1) as string];
    }
    if (this.random() < 0.35) {
      // An East Asian name: three romanised syllables, and Hangul or Han, as news writes them.
      const romanised = this.unique("en", () => `${capitalize(this.word(LATIN, 1, 1))} ${capitalize(this.word(LATIN, 1, 2))} ${capitalize(this.word(LATIN, 1, 1))}`);
      if (romanised) (aliases.en ??= []).push(romanised);
      const korean = this.random() < 0.5;
      const native = korean
        ? this.unique("ko", () => this.pick(HANGUL_FAMILY) + this.word(HANGUL, 2, 2))
        : this.unique("zh", () => this.pick(HAN_FAMILY) + this.word(HAN, 1, 2));
      if (native) aliases[korean ? "ko" : "zh"] = [native];
    }
    return { id, type: "person", name: aliases.en?.[0] ?? id, aliases, ...(Object.keys(short).length ? { short } : {}) };
  }

  private organization(id: string, type: "organization" | "party"): GazetteerEntry {
    const head = type === "party" ? { en: "Party", pl: ["Partia", "f"], ru: ["партия", "f"], bg: ["партия", "f"] } as Head : this.pick(ORGANIZATION_HEADS);
    const adjective = this.pick(ADJECTIVES);
    const domain = this.pick(DOMAINS);
    const placeLatin = capitalize(this.word(LATIN, 2, 3));
    const placeCyrillic = capitalize(this.word(CYRILLIC, 2, 3));
    const en = this.unique("en", () => `${adjective.en} ${head.en} ${domain.en} of ${placeLatin}${this.pick(["ia", "a", "land", "stan"])}`);
    const pl = this.unique("pl", () => `${agree(adjective.pl, "pl", head.pl[1])} ${head.pl[0]} ${domain.pl} ${capitalize(this.word(POLISH, 2, 3))}ii`);
    const ru = this.unique("ru", () => `${capitalize(agree(adjective.ru, "ru", head.ru[1]))} ${head.ru[0]} ${domain.ru} ${placeCyrillic}ии`);
    const bg = this.unique("bg", () => `${capitalize(agree(adjective.bg, "bg", head.bg[1]))} ${head.bg[0]} ${domain.bg} на ${placeCyrillic}ия`);
    const aliases: Record<string, string[]> = {};
    for (const [lang, name] of [["en", en], ["pl", pl], ["ru", ru], ["bg", bg]] as const) if (name) aliases[lang] = [name];
    if (this.random() < 0.3) {
      const zh = this.unique("zh", () => this.word(HAN, 2, 3) + this.pick(["委员会", "理事会", "研究所", "党"]));
      if (zh) aliases.zh = [zh];
    }
    const abbreviations: Record<string, string[]> = {};
    const enAbbreviation = en ? this.unique("abbr", () => initials(en.split(" "))) : null;
    if (enAbbreviation && enAbbreviation.length >= 3) abbreviations.en = [enAbbreviation];
    const ruAbbreviation = ru ? this.unique("abbr", () => initials(ru.split(" "))) : null;
    if (ruAbbreviation && ruAbbreviation.length >= 2) abbreviations.ru = [ruAbbreviation];
    return { id, type, name: en ?? `${head.en} ${id}`, aliases, ...(Object.keys(abbreviations).length ? { abbreviations } : {}) };
  }

  private place(id: string): GazetteerEntry {
    const root = this.word(LATIN, 2, 3);
    const aliases: Record<string, string[]> = {};
    const set = (lang: string, name: string | null) => {
      if (name) aliases[lang] = [name];
    };
    set("en", this.unique("en", () => `${this.random() < 0.25 ? `${this.pick(["New", "Upper", "Lower", "Port"])} ` : ""}${capitalize(root)}${this.pick(["grad", "ovo", "sk", "ton", "burg", "a"])}`));
    set("pl", this.unique("pl", () => `${this.random() < 0.25 ? `${this.pick(["Nowa", "Zielona", "Stara"])} ` : ""}${capitalize(this.word(POLISH, 2, 3))}${this.pick(["ów", "ice", "owo", "sk", "no", "a"])}`));
    set("ru", this.unique("ru", () => `${this.random() < 0.25 ? `${this.pick(["Нижний", "Верхний", "Новый"])} ` : ""}${capitalize(this.word(CYRILLIC, 2, 3))}${this.pick(["град", "ово", "ск", "ино", "ка"])}`));
    set("bg", this.unique("bg", () => `${capitalize(this.word(BULGARIAN_ROOTS, 1, 2))}${this.pick(["ово", "ец", "град", "ица"])}`));
    if (this.random() < 0.3) set("ko", this.unique("ko", () => this.word(HANGUL, 2, 3) + this.pick(["", "시", "도"])));
    if (this.random() < 0.3) set("zh", this.unique("zh", () => this.word(HAN, 2, 2) + this.pick(HAN_PLACE_SUFFIX)));
    const adjectives = aliases.pl ? { pl: [`${aliases.pl[0]?.split(" ").at(-1)?.replace(/(ów|ice|owo|sk|no|a)$/, "")}ski`] } : undefined;
    return { id, type: "place", name: aliases.en?.[0] ?? id, aliases, ...(adjectives ? { adjectives } : {}) };
  }

  private eventOrPolicy(id: string, type: "event" | "policy"): GazetteerEntry {
    const proper = capitalize(this.word(LATIN, 2, 3));
    const year = 1990 + Math.floor(this.random() * 40);
    const en = this.unique("en", () => (type === "event" ? `${proper} Summit ${year}` : `${proper} Initiative for ${this.pick(DOMAINS).en.slice(4)}`));
    const pl = this.unique("pl", () => (type === "event" ? `Szczyt ${capitalize(this.word(POLISH, 2, 3))} ${year}` : `Inicjatywa ${capitalize(this.word(POLISH, 2, 3))}`));
    const ru = this.unique("ru", () => (type === "event" ? `Саммит ${capitalize(this.word(CYRILLIC, 2, 3))} ${year}` : `Инициатива ${capitalize(this.word(CYRILLIC, 2, 3))}`));
    const aliases: Record<string, string[]> = {};
    for (const [lang, name] of [["en", en], ["pl", pl], ["ru", ru]] as const) if (name) aliases[lang] = [name];
    return { id, type, name: en ?? id, aliases };
  }

  /** The next entry; its id is `syn-<type>-<n>`. */
  next(): GazetteerEntry {
    const n = this.count++;
    const roll = this.random();
    if (roll < 0.5) return this.person(`syn-person-${n}`);
    if (roll < 0.7) return this.organization(`syn-organization-${n}`, "organization");
    if (roll < 0.75) return this.organization(`syn-party-${n}`, "party");
    if (roll < 0.9) return this.place(`syn-place-${n}`);
    return this.eventOrPolicy(`syn-${roll < 0.95 ? "event" : "policy"}-${n}`, roll < 0.95 ? "event" : "policy");
  }
}

/** How many names an entry adds to the matcher: aliases, short forms, abbreviations and adjectives, every language. */
export function namesIn(entry: GazetteerEntry): number {
  let n = 0;
  for (const group of [entry.aliases, entry.short, entry.abbreviations, entry.adjectives]) {
    for (const list of Object.values(group ?? {})) n += list.length;
  }
  return n;
}

/**
 * Entries until they add at least `names` names.
 * @example syntheticEntries(1000).reduce((n, e) => n + namesIn(e), 0) // ≥ 1000
 */
export function syntheticEntries(names: number, seed?: number): GazetteerEntry[] {
  const generator = new SyntheticGazetteer(seed);
  const entries: GazetteerEntry[] = [];
  for (let total = 0; total < names; ) {
    const entry = generator.next();
    entries.push(entry);
    total += namesIn(entry);
  }
  return entries;
}
