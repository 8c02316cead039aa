/**
 * The Korean pack: particles written on names (as endings chosen by the last
 * syllable), mention spans without them, words that must not match, roles
 * (titles after the name), relation triggers, and particles as argument
 * markers in verb-final sentences.
 */
import { describe, expect, test } from "vitest";
import { ko } from "../../src/lang/ko/index.js";
import { particlesAfter } from "../../src/lang/ko/inflection.js";
import { compileTriggers, findTriggers } from "../../src/relations/triggers.js";
import { extract } from "../../src/index.js";
import { entry, extractorFor, found } from "../support/packs.js";

const gazetteer = [
  entry("china", "country", { ko: ["중국"] }),
  entry("russia", "country", { ko: ["러시아", "러시아 연방"] }),
  entry("seoul", "place", { ko: ["서울"] }),
  entry("rome", "place", { ko: ["로마"] }),
  entry("kim-jong-un", "person", { ko: ["김정은"] }, { short: { ko: ["김"] } }),
  entry("xi-jinping", "person", { ko: ["시진핑"] }),
  entry("vladimir-putin", "person", { ko: ["블라디미르 푸틴"] }, { short: { ko: ["푸틴"] } }),
  entry("korean-central-news-agency", "organization", { ko: ["조선중앙통신"] }),
  entry("yonhap-news-agency", "organization", { ko: ["연합뉴스"] }),
];

/** The mentions as "base (entity)": what the matcher recognised, whatever the span. */
function bases(text: string): string[] {
  return found("ko", gazetteer, text).map((m) => m.slice(m.indexOf(" → ") + 3));
}

describe("Korean particles are endings of the name word", () => {
  const cases: [string, string][] = [
    ["중국을 방문했다", "중국 (china)"],
    ["중국은 밝혔다", "중국 (china)"],
    ["중국이 제안했다", "중국 (china)"],
    ["중국과의 협력", "중국 (china)"],
    ["중국에서의 회담", "중국 (china)"],
    ["중국으로서는", "중국 (china)"],
    ["중국측은 말했다", "중국 (china)"],
    ["중국서 회담했다", "중국 (china)"],
    ["러시아는 밝혔다", "러시아 (russia)"],
    ["러시아가 지지했다", "러시아 (russia)"],
    ["러시아와 북한", "러시아 (russia)"],
    ["러시아로 갔다", "러시아 (russia)"],
    ["러시아를 방문", "러시아 (russia)"],
    ["러시아이며", "러시아 (russia)"],
    ["러시아 연방의 대통령", "러시아 연방 (russia)"],
    ["서울로 돌아왔다", "서울 (seoul)"],
    ["서울에서 열린", "서울 (seoul)"],
    ["김정은과 만났다", "김정은 (kim-jong-un)"],
    ["김정은에게 축전을", "김정은 (kim-jong-un)"],
    ["김정은께서", "김정은 (kim-jong-un)"],
    ["시진핑과도 회담했다", "시진핑 (xi-jinping)"],
    ["블라디미르 푸틴 대통령", "블라디미르 푸틴 (vladimir-putin)"],
    ["조선중앙통신은 보도했다", "조선중앙통신 (korean-central-news-agency)"],
    ["연합뉴스에 따르면", "연합뉴스 (yonhap-news-agency)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(bases(text)).toContain(expected));

  test("the particle follows the last syllable", () => {
    expect(particlesAfter("중국")).toEqual(expect.arrayContaining(["은", "이", "을", "과", "으로"]));
    expect(particlesAfter("중국")).not.toContain("는");
    expect(particlesAfter("러시아")).toEqual(expect.arrayContaining(["는", "가", "를", "와", "로"]));
    expect(particlesAfter("러시아")).not.toContain("을");
    expect(particlesAfter("서울")).toContain("로");
    expect(particlesAfter("서울")).not.toContain("으로");
    expect(particlesAfter("Putin")).toEqual([]);
  });

  test("the mention starts at the name and base is the name", () => {
    const text = "정부는 중국을 비판했다";
    const m = extractorFor(gazetteer).extract(text, { lang: "ko" }).mentions[0]!;
    expect(m.start).toBe(text.indexOf("중국"));
    expect(m.base).toBe("중국");
    expect(m.text).toBe(text.slice(m.start, m.end));
  });
});

describe("Korean words that are not forms of a name", () => {
  const cases: string[] = [
    "중국는", // the vowel form after a consonant
    "러시아을", // the consonant form after a vowel
    "서울으로",
    "중국인 관광객", // a demonym, not the country with a particle
    "러시아인들",
    "로마자 표기", // "Roman letters": "자" is not a particle after a vowel
    "김은 맛있다", // a one-syllable short name takes no particle
    "중국어 교육",
    "시진핑주의",
  ];
  for (const text of cases) test(text, () => expect(found("ko", gazetteer, text)).toEqual([]));

  test("a bare one-syllable short name before its title is found", () => {
    expect(bases("김정은 위원장이 도착했다. 김 위원장은 말했다")).toEqual(["김정은 (kim-jong-un)", "김 (kim-jong-un)"]);
  });
});

// SPEC §4: "중국을" -> "중국": the mention ends before the particle.
describe("Korean spans without the particle", () => {
  const cases: [string, string][] = [
    ["중국을 방문했다", "중국 → 중국 (china)"],
    ["김정은과 만났다", "김정은 → 김정은 (kim-jong-un)"],
    ["조선중앙통신은 보도했다", "조선중앙통신 → 조선중앙통신 (korean-central-news-agency)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("ko", gazetteer, text)).toContain(expected));
});

/** Relations of a Korean text with the bundled gazetteer, as "type subject object [role]". */
function relations(text: string, date = "2025-09-05"): string[] {
  return extract(text, { lang: "ko", date }).relations.map((r) => [r.type, r.subject, r.object, r.attributes.role].filter(Boolean).join(" "));
}

describe("Korean roles", () => {
  test("role nouns by normalised role", () => {
    expect(ko.roles?.president).toEqual(expect.arrayContaining(["대통령", "국가주석", "주석"]));
    expect(ko.roles?.["president of state affairs"]).toContain("국무위원장");
    expect(ko.roles?.["general secretary"]).toEqual(expect.arrayContaining(["총비서", "총비서인"]));
    expect(ko.roles?.["foreign minister"]).toEqual(expect.arrayContaining(["외무상", "외교부 장관"]));
  });

  test("a title before the name ends with the copula -인", () => {
    expect(relations("조선노동당 총비서인 김정은 동지가 연설했다.")).toContain("position kim-jong-un workers-party-of-korea general secretary");
  });

  test("a role after a country names its holder", () => {
    const m = extract("중국 국가주석이 도착했다.", { lang: "ko", date: "2025-09-05" }).mentions;
    expect(m.map((x) => x.entity)).toContain("xi-jinping");
  });

  // Korean titles follow the name: "김정은 북한 국무위원장", "푸틴 러시아 대통령과".
  const after: [string, string][] = [
    ["김정은 북한 국무위원장이 도착했다.", "position kim-jong-un north-korea president of state affairs"],
    ["블라디미르 푸틴 러시아 대통령과 회담했다.", "position vladimir-putin russia president"],
  ];
  for (const [text, expected] of after) test(`title after the name: ${text}`, () => expect(relations(text)).toContain(expected));
});

describe("Korean triggers", () => {
  const compiled = compileTriggers(ko);
  const cases: [string, string, string?][] = [
    ["시진핑 국가주석과 정상회담을 했다", "meeting"],
    ["푸틴 대통령과도 회담했다", "meeting"],
    ["두 정상이 만난 것은", "meeting"],
    ["라브로프 장관을 접견했다", "meeting"],
    ["김 위원장에게 축전을 보냈다", "message", "congratulations"],
    ["친서를 전달했다", "message", "letter"],
    ["열병식에 참석했다", "attendance"],
    ["열병식을 참관했다", "attendance"],
    ["정책을 전적으로 지지한다고", "support"],
    ["협력을 강화하기로", "cooperation"],
    ["북러 간 군사협력 강화", "cooperation"],
    ["용맹을 높이 평가하고", "praise"],
    ["평양에 도착해", "visit"],
    ["북한을 찾은 것은", "visit"],
    ["평양 방문 이후", "visit"],
  ];
  for (const [text, type, kind] of cases) {
    test(`${type}: ${text}`, () => {
      const t = findTriggers(compiled, text, 0, text.length);
      expect(t.map((x) => x.type)).toContain(type);
      if (kind) expect(t.find((x) => x.type === type)?.kind).toBe(kind);
    });
  }

  const none: string[] = ["회담장에 들어섰다", "지지율이 올랐다", "6년 만에", "정상적인 관계", "국정감사", "아시아태평양경제협력체"];
  for (const text of none) test(`no trigger: ${text}`, () => expect(findTriggers(compiled, text, 0, text.length)).toEqual([]));

  // Verb-final: the arguments stand before the trigger and their particles mark them ("과" = with).
  const sov: [string, string][] = [
    ["김정은 국무위원장은 베이징에서 시진핑 주석과 정상회담을 했다.", "meeting kim-jong-un xi-jinping"],
    ["푸틴 대통령은 평양에 도착했다.", "visit vladimir-putin pyongyang"],
    // A noun trigger after a genitive ("의") has it as its agent, and what stands between as its object.
    ["두 정상이 만난 것은 시진핑의 평양 방문 이후 처음이다.", "visit xi-jinping pyongyang"],
    ["시진핑은 김정은의 열병식 참석을 높이 평가했다.", "attendance kim-jong-un 2025-china-victory-day-parade"],
    // Those "with" the subject ("과 함께") do what the subject does.
    ["김정은은 열병식을 시진핑, 블라디미르 푸틴 대통령과 함께 참관했다.", "attendance vladimir-putin 2025-china-victory-day-parade"],
    ["김정은은 열병식을 시진핑, 블라디미르 푸틴 대통령과 함께 참관했다.", "attendance xi-jinping 2025-china-victory-day-parade"],
  ];
  for (const [text, expected] of sov) test(`SOV arguments: ${text}`, () => expect(relations(text)).toContain(expected));

  const notRelated: [string, string][] = [
    // The genitive is the agent of the noun right after it, not of a verb after another noun.
    ["블라디미르 푸틴 대통령은 김정은의 초청으로 평양을 방문했다.", "visit kim-jong-un pyongyang"],
    // A partner ("와") is in the trigger's clause: a comma after its verb ends it.
    ["김정은은 딸 주애와 동행했으며, 회담을 마친 뒤 귀국했다.", "meeting kim-jong-un kim-ju-ae"],
    // A plan is no relation ("방문할 예정", is to visit).
    ["블라디미르 푸틴 대통령은 평양을 방문할 예정이다.", "visit vladimir-putin pyongyang"],
    // Without "함께" the partner is not a co-subject.
    ["김정은은 블라디미르 푸틴 대통령과 열병식에 참석했다.", "attendance vladimir-putin 2025-china-victory-day-parade"],
  ];
  for (const [text, unexpected] of notRelated) test(`not: ${unexpected} in ${text}`, () => expect(relations(text)).not.toContain(unexpected));

  const more: [string, string][] = [
    // A headline without particles: the person visits the place right before the trigger.
    ["시진핑 주석 평양 도착", "visit xi-jinping pyongyang"],
    // The person received ("을") is the partner of a meeting verb.
    ["김정은은 공항에 나가 시진핑을 직접 영접했다.", "meeting kim-jong-un xi-jinping"],
    // Thanks for someone's deed: the genitive is whom the praise goes to.
    ["김정은은 시진핑의 방북에 사의를 표했다.", "praise kim-jong-un xi-jinping"],
  ];
  for (const [text, expected] of more) test(`SOV arguments: ${text}`, () => expect(relations(text)).toContain(expected));

  test("a descriptor ends before its particle ('중국 최고지도자의' → '중국 최고지도자')", () => {
    const m = extract("중국 최고지도자의 방북은 14년 만이다.", { lang: "ko", date: "2019-06-21" }).mentions;
    expect(m.map((x) => `${x.text}:${x.entity}`)).toContain("중국 최고지도자:xi-jinping");
  });

  test("'1박 2일' is a length of stay, not the 2nd", () => {
    const m = extract("시진핑은 1박 2일 일정으로 20일 평양에 도착했다.", { lang: "ko", date: "2019-06-21" }).mentions;
    expect(m.filter((x) => x.type === "date").map((x) => x.text)).toEqual(["20일"]);
  });
});

describe("the two leaders, the two countries ('두 정상', '양국은')", () => {
  const relations = (text: string) => extract(text, { lang: "ko", date: "2025-09-05" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("'두 정상이 만난 것은' is a meeting of the two people named before", () =>
    expect(relations("김정은 위원장은 시진핑 주석과 회담했다. 두 정상이 만난 것은 6년 만이다.").filter((r) => r === "meeting kim-jong-un xi-jinping")).toHaveLength(2));
  test("'양국' with its particle is the two countries", () => expect(relations("시 주석은 한중 양국이 협력을 강화해야 한다고 말했다.")).toContain("cooperation china south-korea"));
  test("'양국' modifying another noun is not the subject of the act", () => {
    expect(relations("중국과 북한은 회담을 열었다. 시 주석은 양국이 교류를 강화해야 한다고 제안했다.")).toContain("cooperation china north-korea");
    expect(relations("중국과 북한은 회담을 열었다. 시 주석은 양국 관계 발전에 의미가 있다고 평가하고, 교류를 강화하자고 제안했다.")).not.toContain("cooperation china north-korea");
  });
});

describe("found by the eighth round of held-out texts", () => {
  const text = "블라디미르 푸틴 러시아 대통령이 4일 크렘린궁에서 최선희 북한 외무상을 접견했다. 최 외무상은 1일 모스크바에서 세르게이 라브로프 러시아 외무장관과 회담했다. 최 외무상은 북한이 승리할 때까지 러시아를 지지할 것이라고 말했다.";
  const r = () => extract(text, { lang: "ko", date: "2024-11-05" });
  test("'최' is Choe Son Hui once she is named in full", () => {
    expect(r().mentions.filter((m) => m.text === "최").map((m) => m.entity)).toEqual(["choe-son-hui", "choe-son-hui"]);
  });
  test("a title's country comes before it, never after ('최 외무상은 북한이' is no descriptor)", () => {
    expect(r().mentions.some((m) => m.form === "descriptor")).toBe(false);
  });
  test("her talks with Lavrov; what she says North Korea will do", () => {
    const rels = r().relations.map((x) => `${x.type} ${x.subject} ${x.object}`);
    expect(rels).toContain("meeting choe-son-hui sergey-lavrov");
    expect(rels).toContain("support north-korea russia");
  });
});
