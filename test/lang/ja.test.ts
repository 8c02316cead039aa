/**
 * The Japanese pack: names found character by character before particles and
 * honorifics ("金正恩氏は", "正恩氏" → "正恩"), katakana names not found inside
 * longer katakana words, roles (which follow the name: "プーチン大統領"), and
 * relation triggers inside unspaced text with particles after the phrase.
 */
import { describe, expect, test } from "vitest";
import { ja } from "../../src/lang/ja/index.js";
import { compileTriggers, findTriggers } from "../../src/relations/triggers.js";
import { extract } from "../../src/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("china", "country", { ja: ["中国"] }),
  entry("north-korea", "country", { ja: ["北朝鮮"] }),
  entry("russia", "country", { ja: ["ロシア"] }),
  entry("pyongyang", "place", { ja: ["平壌"] }),
  entry("xi-jinping", "person", { ja: ["習近平"] }),
  entry("kim-jong-un", "person", { ja: ["金正恩", "キム・ジョンウン"] }, { short: { ja: ["正恩"] } }),
  entry("vladimir-putin", "person", { ja: ["ウラジーミル・プーチン"] }, { short: { ja: ["プーチン"] } }),
  entry("workers-party-of-korea", "party", { ja: ["朝鮮労働党"] }),
];

describe("Japanese names before particles and honorifics", () => {
  const cases: [string, string[]][] = [
    ["金正恩氏は", ["金正恩 → 金正恩 (kim-jong-un)"]],
    ["正恩氏が", ["正恩 → 正恩 (kim-jong-un)"]],
    ["プーチン大統領と会談した", ["プーチン → プーチン (vladimir-putin)"]],
    ["ウラジーミル・プーチン大統領", ["ウラジーミル・プーチン → ウラジーミル・プーチン (vladimir-putin)"]],
    ["金正恩（キム・ジョンウン）朝鮮労働党総書記が", ["金正恩 → 金正恩 (kim-jong-un)", "キム・ジョンウン → キム・ジョンウン (kim-jong-un)", "朝鮮労働党 → 朝鮮労働党 (workers-party-of-korea)"]],
    ["大連で習近平国家主席と会談", ["習近平 → 習近平 (xi-jinping)"]],
    ["北朝鮮の最高指導者", ["北朝鮮 → 北朝鮮 (north-korea)"]],
    ["平壌を訪れたプーチン氏", ["平壌 → 平壌 (pyongyang)", "プーチン → プーチン (vladimir-putin)"]],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("ja", gazetteer, text)).toEqual(expected));
});

describe("Japanese text that is not a name", () => {
  const cases: string[] = ["金曜日の正午", "金日成広場", "中華料理"];
  for (const text of cases) test(text, () => expect(found("ja", gazetteer, text)).toEqual([]));

  // Katakana is matched character by character too: a katakana name inside a longer katakana word is not it.
  test("a katakana name inside a longer katakana word is not it", () => {
    expect(found("ja", gazetteer, "プーチンスキー氏とロシアンティー")).toEqual([]);
  });

  test("the presidential office is not the president", () => {
    const m = extract("ロシア大統領府のペスコフ報道官は説明した。", { lang: "ja", date: "2023-09-14" }).mentions;
    expect(m.filter((x) => x.entity === "vladimir-putin")).toEqual([]);
  });
});

/** Relations of a Japanese text with the bundled gazetteer, as "type subject object [role]". */
function relations(text: string, date = "2023-09-14"): string[] {
  return extract(text, { lang: "ja", date }).relations.map((r) => [r.type, r.subject, r.object, r.attributes.role].filter(Boolean).join(" "));
}

describe("Japanese roles", () => {
  test("role nouns by normalised role", () => {
    expect(ja.roles?.president).toEqual(expect.arrayContaining(["大統領", "国家主席"]));
    expect(ja.roles?.["general secretary"]).toContain("総書記");
    expect(ja.roles?.["foreign minister"]).toContain("外相");
    expect(ja.roles?.["president of state affairs"]).toContain("国務委員長");
  });

  test("a role after a country names its holder", () => {
    const m = extract("ロシア大統領は述べた。", { lang: "ja", date: "2023-09-14" }).mentions;
    expect(m.map((x) => `${x.text} ${x.entity}`)).toContain("ロシア大統領 vladimir-putin");
  });

  // Titles follow the name; the organisation stands before the name ("ロシアのプーチン大統領") or the role.
  const after: [string, string][] = [
    ["ロシアのプーチン大統領は述べた。", "position vladimir-putin russia president"],
    ["金正恩（キム・ジョンウン）朝鮮労働党総書記が述べた。", "position kim-jong-un workers-party-of-korea general secretary"],
    ["ロシアのラブロフ外相が述べた。", "position sergey-lavrov russia foreign minister"],
  ];
  for (const [text, expected] of after) test(`title after the name: ${text}`, () => expect(relations(text)).toContain(expected));

  test("an organisation before the role past の", () => {
    const m = extract("中国の最高指導者が訪れた。", { lang: "ja", date: "2023-09-14" }).mentions;
    expect(m.map((x) => x.entity)).toContain("xi-jinping");
  });
});

describe("Japanese triggers", () => {
  // Each pattern on the phrase alone (the core's word boundaries need a non-letter on each side).
  const compiled = compileTriggers(ja);
  const cases: [string, string, string?][] = [
    ["会談", "meeting"],
    ["面会", "meeting"],
    ["祝電", "message", "congratulations"],
    ["親書", "message", "letter"],
    ["出席", "attendance"],
    ["支持", "support"],
    ["協力", "cooperation"],
    ["関係を強化", "cooperation"],
    ["高く評価", "praise"],
    ["称賛", "praise"],
    ["訪問", "visit"],
    ["訪れ", "visit"],
    ["空港で出迎えた", "meeting"],
    ["条約に署名した", "cooperation"],
    ["ベトナムに向けて出発した", "visit"],
  ];
  for (const [text, type, kind] of cases) {
    test(`${type}: ${text}`, () => {
      const t = findTriggers(compiled, text, 0, text.length);
      expect(t.map((x) => x.type)).toContain(type);
      if (kind) expect(t.find((x) => x.type === type)?.kind).toBe(kind);
    });
  }

  const none: string[] = ["記者会見", "会談後", "協議会", "書類に署名", "午前9時に出発"];
  for (const text of none) test(`no trigger: ${text}`, () => expect(findTriggers(compiled, text, 0, text.length)).toEqual([]));

  // Verb-final, no spaces: the trigger sits between kana and kanji, the partner is marked by "と" after it.
  const running: [string, string][] = [
    ["金正恩氏はプーチン大統領と会談した。", "meeting kim-jong-un vladimir-putin"],
    ["金正恩氏はプーチン大統領と首脳会談を行った。", "meeting kim-jong-un vladimir-putin"],
    ["プーチン氏は平壌を訪問した。", "visit vladimir-putin pyongyang"],
    // "AとBは" is one subject of two, whatever comma comes before the verb.
    ["プーチン氏と金正恩氏は同日、平壌で会談した。", "meeting kim-jong-un vladimir-putin"],
  ];
  for (const [text, expected] of running) test(`in running text: ${text}`, () => expect(relations(text)).toContain(expected));
});

describe("Japanese one-kanji surnames (bundled gazetteer)", () => {
  const mentions = (text: string) =>
    extract(text, { lang: "ja", date: "2023-09-14" })
      .mentions.filter((m) => m.type === "person")
      .map((m) => `${m.text}:${m.entity}`);

  // "金氏", "金総書記": the surname before an honorific or a title, resolved to the Kim the text names in full.
  test("before an honorific or a title", () => {
    expect(mentions("金正恩総書記が到着した。金氏は演説し、金総書記は帰国した。")).toEqual(["金正恩:kim-jong-un", "金:kim-jong-un", "金:kim-jong-un"]);
    expect(mentions("習近平国家主席は北京にいる。習氏は述べた。")).toEqual(["習近平:xi-jinping", "習:xi-jinping"]);
  });
  // Elsewhere the character is a word ("資金" funds, "金曜日" Friday, "金メダル").
  test("not inside words", () => {
    expect(mentions("金正恩総書記が到着した。資金と金メダル、金曜日。")).toEqual(["金正恩:kim-jong-un"]);
    expect(mentions("金正恩総書記が到着した。年金氏名簿。")).toEqual(["金正恩:kim-jong-un"]);
  });
  test("the katakana reading in brackets is a name of the same person", () => {
    expect(mentions("金正恩（キム・ジョンウン）総書記")).toEqual(["金正恩:kim-jong-un", "キム・ジョンウン:kim-jong-un"]);
  });
});

describe("Japanese plans are not relations", () => {
  const all = (text: string) => extract(text, { lang: "ja", date: "2023-09-14" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("訪れた: a visit; 訪れる予定, 訪問する意向: none", () => {
    expect(all("金正恩総書記が到着した。金氏はウラジオストクを訪れた。")).toContain("visit kim-jong-un vladivostok");
    expect(all("金正恩総書記が到着した。金氏はウラジオストクを訪れる予定だ。")).not.toContain("visit kim-jong-un vladivostok");
    expect(all("習近平国家主席は北朝鮮を訪問する意向を示した。")).not.toContain("visit xi-jinping north-korea");
  });
});

describe("the two leaders, the two countries ('両首脳', '両国が')", () => {
  const relations = (text: string) => extract(text, { lang: "ja", date: "2024-10-23" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("'両首脳の会談' is a meeting of the two people named before", () =>
    expect(relations("習近平国家主席はプーチン大統領と会談した。両首脳の対面での会談は今年3回目。")).toEqual(["meeting vladimir-putin xi-jinping", "meeting vladimir-putin xi-jinping"]));
  test("'中ロ両国が…協力' is cooperation of the two countries", () => expect(relations("習氏は、中ロ両国が戦略的な協力を一層深めるべきだと述べた。")).toEqual(["cooperation china russia"]));
});

describe("a visit named as planned before it", () => {
  test("'5月に予定されるプーチン大統領の訪中' is still to come; 'ラブロフ氏の訪中' is made", () => {
    const r = extract("ラブロフ氏の訪中は、5月に予定されるプーチン大統領の訪中の準備とみられている。", { lang: "ja", date: "2024-04-09" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toEqual(["visit sergey-lavrov china"]);
  });
});
