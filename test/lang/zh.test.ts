/**
 * The Chinese pack: names found character by character inside running text
 * (across "·" in transliterated names), things that must not match, roles
 * (before and after the name, joined by "、"), and relation triggers inside
 * unspaced text.
 */
import { describe, expect, test } from "vitest";
import { zh } from "../../src/lang/zh/index.js";
import { compileTriggers, findTriggers } from "../../src/relations/triggers.js";
import { extract } from "../../src/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("china", "country", { zh: ["中国"] }),
  entry("north-korea", "country", { zh: ["朝鲜"] }),
  entry("russia", "country", { zh: ["俄罗斯"] }),
  entry("beijing", "place", { zh: ["北京"] }),
  entry("xi-jinping", "person", { zh: ["习近平"] }),
  entry("kim-jong-un", "person", { zh: ["金正恩"] }),
  entry("vladimir-putin", "person", { zh: ["弗拉基米尔·普京"] }, { short: { zh: ["普京"] } }),
  entry("workers-party-of-korea", "party", { zh: ["朝鲜劳动党"] }),
  entry("korean-peoples-army", "organization", { zh: ["朝鲜人民军"] }),
];

describe("Chinese names inside running text", () => {
  const cases: [string, string[]][] = [
    ["习近平同金正恩举行会谈", ["习近平 → 习近平 (xi-jinping)", "金正恩 → 金正恩 (kim-jong-un)"]],
    ["习近平同金正恩在北京举行会谈。", ["习近平 → 习近平 (xi-jinping)", "金正恩 → 金正恩 (kim-jong-un)", "北京 → 北京 (beijing)"]],
    ["金正恩同志", ["金正恩 → 金正恩 (kim-jong-un)"]],
    ["俄罗斯总统普京陪同", ["俄罗斯 → 俄罗斯 (russia)", "普京 → 普京 (vladimir-putin)"]],
    ["中朝关系和中国的立场", ["中国 → 中国 (china)"]],
    // The longest name wins: the party and the army, not the country inside them.
    ["朝鲜劳动党总书记", ["朝鲜劳动党 → 朝鲜劳动党 (workers-party-of-korea)"]],
    ["朝鲜人民军各兵种", ["朝鲜人民军 → 朝鲜人民军 (korean-peoples-army)"]],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("zh", gazetteer, text)).toEqual(expected));

  // The gazetteer writes "弗拉基米尔·普京" with U+00B7: the matcher joins Han tokens across it as across "・" (U+30FB).
  test("a transliterated name across the middle dot", () => {
    expect(found("zh", gazetteer, "俄罗斯总统弗拉基米尔·普京陪同")).toContain("弗拉基米尔·普京 → 弗拉基米尔·普京 (vladimir-putin)");
  });
});

describe("Chinese text that is not a name", () => {
  const cases: string[] = ["习惯于近来的平静", "金正日", "普通京剧", "中华文化"];
  for (const text of cases) test(text, () => expect(found("zh", gazetteer, text)).toEqual([]));
});

/** Relations of a Chinese text with the bundled gazetteer, as "type subject object [role]". */
function relations(text: string, date = "2025-10-11"): string[] {
  return extract(text, { lang: "zh", date }).relations.map((r) => [r.type, r.subject, r.object, r.attributes.role].filter(Boolean).join(" "));
}

describe("Chinese roles", () => {
  test("role nouns by normalised role", () => {
    expect(zh.roles?.president).toEqual(expect.arrayContaining(["国家主席", "总统"]));
    expect(zh.roles?.["general secretary"]).toContain("总书记");
    expect(zh.roles?.["president of state affairs"]).toContain("国务委员长");
    expect(zh.roles?.premier).toContain("总理");
  });

  const before: [string, string][] = [
    ["中国国家主席习近平出席。", "position xi-jinping china president"],
    ["俄罗斯总统普京出席。", "position vladimir-putin russia president"],
    ["中共中央总书记习近平出席。", "position xi-jinping cpc-central-committee general secretary"],
    ["国务院总理李强出席。", "position li-qiang state-council-of-china premier"],
  ];
  for (const [text, expected] of before) test(`title before the name: ${text}`, () => expect(relations(text)).toContain(expected));

  test("a role after a country names its holder", () => {
    const m = extract("中国总理首次访问朝鲜。", { lang: "zh", date: "2025-10-11" }).mentions;
    expect(m.map((x) => `${x.text} ${x.entity}`)).toContain("中国总理 li-qiang");
  });

  test("a role word inside a longer word is not a title", () => {
    expect(relations("金正恩在主席台上观礼。").filter((r) => r.startsWith("position"))).toEqual([]);
  });

  // Titles also follow the name ("习近平总书记"), and two titles are joined by "、".
  const after: [string, string][] = [
    ["习近平同朝鲜劳动党总书记金正恩会晤。", "position kim-jong-un workers-party-of-korea general secretary"],
    ["朝鲜劳动党总书记、国务委员长金正恩会见李强。", "position kim-jong-un workers-party-of-korea general secretary"],
  ];
  for (const [text, expected] of after) test(`title after the name or after "、": ${text}`, () => expect(relations(text)).toContain(expected));
});

describe("Chinese triggers", () => {
  // Each pattern on the phrase alone (the core's word boundaries need a non-letter on each side).
  const compiled = compileTriggers(zh);
  const cases: [string, string, string?][] = [
    ["举行会谈", "meeting"],
    ["会见", "meeting"],
    ["会晤", "meeting"],
    ["通电话", "meeting"],
    ["致贺电", "message", "congratulations"],
    ["贺信", "message", "congratulations"],
    ["复电", "message", "reply"],
    ["亲笔信", "message", "letter"],
    ["问候", "message", "greetings"],
    ["出席", "attendance"],
    ["支持", "support"],
    ["合作", "cooperation"],
    ["加强战略沟通", "cooperation"],
    ["加强两国关系", "cooperation"],
    ["高度评价", "praise"],
    ["称赞", "praise"],
    ["访问", "visit"],
    ["国事访问", "visit"],
    ["抵达", "visit"],
    ["到机场迎接", "meeting"],
    ["设宴欢迎", "meeting"],
    ["推动中朝关系长期健康稳定发展", "cooperation"],
    ["巩固中朝友谊", "cooperation"],
  ];
  for (const [text, type, kind] of cases) {
    test(`${type}: ${text}`, () => {
      const t = findTriggers(compiled, text, 0, text.length);
      expect(t.map((x) => x.type)).toContain(type);
      if (kind) expect(t.find((x) => x.type === type)?.kind).toBe(kind);
    });
  }

  const none: string[] = ["会见记者", "结束访问", "访问期间", "相信", "信息", "迎接挑战"];
  for (const text of none) test(`no trigger: ${text}`, () => expect(findTriggers(compiled, text, 0, text.length)).toEqual([]));

  // Chinese has no spaces: a trigger is always between two Han characters.
  const running: [string, string][] = [
    ["习近平同金正恩在北京举行会谈。", "meeting kim-jong-un xi-jinping"],
    ["习近平向金正恩致贺电。", "message xi-jinping kim-jong-un"],
    ["李强于9日抵达平壤。", "visit li-qiang pyongyang"],
    ["习近平设宴欢迎金正恩。", "meeting kim-jong-un xi-jinping"],
  ];
  for (const [text, expected] of running) test(`in running text: ${text}`, () => expect(relations(text)).toContain(expected));
});

describe("Chinese clauses and their subjects", () => {
  const rows: [string, string][] = [
    // A clause after a comma without a subject of its own shares the one before; "对X进行访问" is a visit to X.
    ["李强率中国党政代表团于9日抵达平壤，对朝鲜进行正式友好访问并出席朝鲜劳动党建党80周年庆祝活动。", "visit li-qiang north-korea"],
    ["李强率中国党政代表团于9日抵达平壤，对朝鲜进行正式友好访问并出席朝鲜劳动党建党80周年庆祝活动。", "attendance li-qiang 80th-anniversary-of-the-workers-party-of-korea"],
    // The one who asks someone to convey greetings sends them ("请" is a pivot verb).
    ["金正恩请李强转达对习近平总书记的诚挚问候。", "message kim-jong-un xi-jinping"],
    // The partner "with" nearest before the trigger in its clause, not the first "和" of the sentence.
    ["北京、莫斯科和平壤互动频繁：拉夫罗夫5月31日访问平壤，同金正恩会面。", "meeting kim-jong-un sergey-lavrov"],
    // The anniversary the wars name is what was attended.
    ["金正恩赴北京出席纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会。", "attendance kim-jong-un 80th-anniversary-of-victory-in-world-war-ii"],
    ["金正恩赴北京出席纪念大会。", "visit kim-jong-un beijing"],
  ];
  for (const [text, expected] of rows) test(`${expected}: ${text}`, () => expect(relations(text)).toContain(expected));

  const not: [string, string][] = [
    ["金正恩请李强转达对习近平总书记的诚挚问候。", "message li-qiang xi-jinping"],
    ["俄罗斯外长拉夫罗夫访问平壤，并邀请金正恩访问俄罗斯。", "visit kim-jong-un russia"],
    ["金正恩赴北京出席纪念中国人民抗日战争暨世界反法西斯战争胜利80周年大会。", "attendance kim-jong-un second-sino-japanese-war"],
    ["朝鲜通过朝中社承认派兵赴俄罗斯参战。", "visit korean-central-news-agency russia"],
    // A marker does not reach across a full stop: "向" ends the sentence before "中方".
    ["习近平同金正恩会晤，为中朝关系发展指明了方向。中方愿同朝方一道，加强战略沟通。", "cooperation north-korea xi-jinping"],
  ];
  for (const [text, unexpected] of not) test(`not ${unexpected}: ${text}`, () => expect(relations(text)).not.toContain(unexpected));

  test("a marker does not reach across a full stop", () => {
    expect(relations("习近平同金正恩会晤，为中朝关系发展指明了方向。中方愿同朝方一道，加强战略沟通。")).toContain("cooperation china north-korea");
  });
});

describe("the two heads of state ('两国元首')", () => {
  test("'两国元首签署了…联合声明' is cooperation of the two people named before", () => {
    const r = extract("习近平同普京举行会谈。两国元首签署了关于深化全面战略协作伙伴关系的联合声明。", { lang: "zh", date: "2025-05-09" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toContain("cooperation vladimir-putin xi-jinping");
  });
});

describe("found by the held-out text of September 2025", () => {
  const relations = (text: string) => extract(text, { lang: "zh", date: "2025-09-02" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("an attendance after '将' is still to come", () => {
    expect(relations("普京将于3日出席在天安门广场举行的阅兵式。")).toEqual([]);
    expect(relations("普京3日出席了在天安门广场举行的阅兵式。")).toEqual(["attendance vladimir-putin 2025-china-victory-day-parade"]);
  });
  test("'将军' is a general, no future", () => expect(relations("俄罗斯将军普京出席了阅兵式。")).toContain("attendance vladimir-putin 2025-china-victory-day-parade"));
  test("'来华' is a visit to China, 华 its abbreviation", () => {
    const r = extract("普京2日来华。", { lang: "zh", date: "2025-09-02" });
    expect(r.mentions.map((m) => `${m.text} ${m.entity}`)).toContain("华 china");
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toEqual(["visit vladimir-putin china"]);
  });
});

describe("those listed after '的还有' attended", () => {
  test("not the subject of the sentence before", () => {
    const r = extract("习近平出席了阅兵式。参加今年红场阅兵的还有塞尔维亚总统武契奇、斯洛伐克总理菲佐等领导人。", { lang: "zh", date: "2025-05-09" });
    const second = r.relations.filter((x) => x.type === "attendance" && x.evidence.start >= 10).map((x) => `${x.subject} ${x.object}`);
    expect(second).toEqual(["aleksandar-vucic 2025-moscow-victory-day-parade", "robert-fico 2025-moscow-victory-day-parade"]);
  });
});
