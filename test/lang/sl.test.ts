/**
 * The Slovenian pack: inflected forms of names (from base-form gazetteer
 * entries only), words that must not match, roles and relation triggers.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { entry, extractorFor, found } from "../support/packs.js";

const gazetteer = [
  entry("vladimir-putin", "person", { "*": ["Vladimir Putin"] }, { short: { "*": ["Putin"] } }),
  entry("kim-jong-un", "person", { "*": ["Kim Jong Un"], sl: ["Kim Džong Un"] }, { short: { "*": ["Kim"] } }),
  entry("xi-jinping", "person", { "*": ["Xi Jinping"] }, { short: { "*": ["Xi"] } }),
  entry("joe-biden", "person", { "*": ["Joe Biden"] }, { short: { "*": ["Biden"] } }),
  entry("theresa-may", "person", { "*": ["Theresa May"] }, { short: { "*": ["May"] } }),
  entry("angela-merkel", "person", { "*": ["Angela Merkel"] }, { short: { "*": ["Merkel"] } }),
  entry("sergei-shoigu", "person", { sl: ["Sergej Šojgu"] }, { short: { sl: ["Šojgu"] } }),
  entry("jean-claude-juncker", "person", { "*": ["Jean-Claude Juncker"] }, { short: { "*": ["Juncker"] } }),
  entry("shinzo-abe", "person", { "*": ["Shinzo Abe"] }, { short: { "*": ["Abe"] } }),
  entry("hu-jintao", "person", { "*": ["Hu Jintao"] }, { short: { "*": ["Hu"] } }),
  entry("lee-jae-myung", "person", { "*": ["Lee Jae-myung"] }, { short: { "*": ["Lee"] } }),
  entry("north-korea", "country", { sl: ["Severna Koreja"] }),
  entry("korea", "country", { sl: ["Koreja"] }),
  entry("china", "country", { sl: ["Kitajska"] }, { adjectives: { sl: ["kitajski"] } }),
  entry("united-kingdom", "country", { sl: ["Združeno kraljestvo"] }),
  entry("united-states", "country", { sl: ["Združene države"] }),
  entry("european-union", "organization", { sl: ["Evropska unija"] }),
  entry("beijing", "place", { sl: ["Peking"] }),
  entry("moscow", "place", { sl: ["Moskva"] }),
  entry("brussels", "place", { sl: ["Bruselj"] }),
  entry("kremlin", "place", { sl: ["Kremelj"] }),
  entry("zadar", "place", { "*": ["Zadar"] }),
  entry("athens", "place", { sl: ["Atene"] }),
  entry("korean-peninsula", "place", { sl: ["Korejski polotok"] }),
  entry("world-war-ii", "event", { sl: ["druga svetovna vojna"] }),
  entry("catholic-church", "organization", { sl: ["Katoliška cerkev"] }),
  entry("slovakia", "country", { sk: ["Slovensko"] }),
  entry("poland", "country", { de: ["Polen"] }),
];

describe("Slovenian names in any case form", () => {
  const cases: [string, string][] = [
    ["srečanje s Putinom", "Putinom → Putin (vladimir-putin)"],
    ["obisk Putina", "Putina → Putin (vladimir-putin)"],
    ["pismo Putinu", "Putinu → Putin (vladimir-putin)"],
    ["Putinov obisk", "Putinov → Putin (vladimir-putin)"],
    ["z Vladimirjem Putinom", "Vladimirjem Putinom → Vladimir Putin (vladimir-putin)"],
    ["s Kim Džong Unom", "Kim Džong Unom → Kim Džong Un (kim-jong-un)"],
    ["obisk Kim Džong Una", "Kim Džong Una → Kim Džong Un (kim-jong-un)"],
    ["pismo Kim Jong Unu", "Kim Jong Unu → Kim Jong Un (kim-jong-un)"],
    ["s Kimom", "Kimom → Kim (kim-jong-un)"],
    ["pri Xi Jinpingu", "Xi Jinpingu → Xi Jinping (xi-jinping)"],
    ["se je Xiju zahvalil", "Xiju → Xi (xi-jinping)"],
    ["z Xijem", "Xijem → Xi (xi-jinping)"],
    ["obisk Bidna", "Bidna → Biden (joe-biden)"],
    ["Bidnova administracija", "Bidnova → Biden (joe-biden)"],
    ["je Mayeva dejala", "Mayeva → May (theresa-may)"],
    ["vlada Therese May", "Therese May → Theresa May (theresa-may)"],
    ["je dejala Merklova", "Merklova → Merkel (angela-merkel)"],
    ["Sergeja Šojguja", "Sergeja Šojguja → Sergej Šojgu (sergei-shoigu)"],
    ["z Junckerjem", "Junckerjem → Juncker (jean-claude-juncker)"],
    ["Abeja", "Abeja → Abe (shinzo-abe)"],
    ["z Leejem", "Leejem → Lee (lee-jae-myung)"],
    ["iz Severne Koreje", "Severne Koreje → Severna Koreja (north-korea)"],
    ["v Severni Koreji", "Severni Koreji → Severna Koreja (north-korea)"],
    ["v Severno Korejo", "Severno Korejo → Severna Koreja (north-korea)"],
    ["s Severno Korejo", "Severno Korejo → Severna Koreja (north-korea)"],
    ["meja Koreje", "Koreje → Koreja (korea)"],
    ["v Koreji", "Koreji → Koreja (korea)"],
    ["na Kitajskem", "Kitajskem → Kitajska (china)"],
    ["iz Kitajske", "Kitajske → Kitajska (china)"],
    ["s Kitajsko", "Kitajsko → Kitajska (china)"],
    ["Kitajski in Rusiji", "Kitajski → kitajski (china)"],
    ["kitajskega predsednika", "kitajskega → kitajski (china)"],
    ["iz Združenega kraljestva", "Združenega kraljestva → Združeno kraljestvo (united-kingdom)"],
    ["v Združenem kraljestvu", "Združenem kraljestvu → Združeno kraljestvo (united-kingdom)"],
    ["z Združenim kraljestvom", "Združenim kraljestvom → Združeno kraljestvo (united-kingdom)"],
    ["iz Združenih držav", "Združenih držav → Združene države (united-states)"],
    ["Združenim državam", "Združenim državam → Združene države (united-states)"],
    ["članice Evropske unije", "Evropske unije → Evropska unija (european-union)"],
    ["v Evropski uniji", "Evropski uniji → Evropska unija (european-union)"],
    ["z Evropsko unijo", "Evropsko unijo → Evropska unija (european-union)"],
    ["v Pekingu", "Pekingu → Peking (beijing)"],
    ["iz Pekinga", "Pekinga → Peking (beijing)"],
    ["s Pekingom", "Pekingom → Peking (beijing)"],
    ["v Moskvi", "Moskvi → Moskva (moscow)"],
    ["z Moskvo", "Moskvo → Moskva (moscow)"],
    ["v Bruslju", "Bruslju → Bruselj (brussels)"],
    ["iz Kremlja", "Kremlja → Kremelj (kremlin)"],
    ["v Zadru", "Zadru → Zadar (zadar)"],
    ["v Atenah", "Atenah → Atene (athens)"],
    ["na Korejskem polotoku", "Korejskem polotoku → Korejski polotok (korean-peninsula)"],
    ["med drugo svetovno vojno", "drugo svetovno vojno → druga svetovna vojna (world-war-ii)"],
    ["po drugi svetovni vojni", "drugi svetovni vojni → druga svetovna vojna (world-war-ii)"],
    ["v Katoliški cerkvi", "Katoliški cerkvi → Katoliška cerkev (catholic-church)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("sl", gazetteer, text)).toContain(expected));
});

describe("forms of names that no data file lists", () => {
  const mine = [
    entry("nord-stream", "policy", { sl: ["Severni tok"] }),
    entry("essen", "place", { sl: ["Essen"] }),
    entry("twitter", "organization", { sl: ["tviter"] }),
    entry("sarajevo", "place", { sl: ["Sarajevo"] }),
    entry("celje", "place", { sl: ["Celje"] }),
  ];
  const cases: [string, string][] = [
    ["gradnja Severnega toka", "Severnega toka → Severni tok (nord-stream)"],
    ["o Severnem toku", "Severnem toku → Severni tok (nord-stream)"],
    ["s Severnim tokom", "Severnim tokom → Severni tok (nord-stream)"],
    ["v Essnu", "Essnu → Essen (essen)"],
    ["na tviterju", "tviterju → tviter (twitter)"],
    ["iz Sarajeva", "Sarajeva → Sarajevo (sarajevo)"],
    ["v Celju", "Celju → Celje (celje)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("sl", mine, text)).toEqual([expected]));
});

describe("words that must not match", () => {
  const cases: [string, string][] = [
    ["kimono", "Kim is not the start of kimono"],
    ["Kimi in Kime", "a short surname takes no plural"],
    ["Hui in Hua", "Hu does not inflect into other Chinese names"],
    ["Korejec in Korejka", "demonyms are no forms of Koreja"],
    ["Kitajec", "Kitajec is no form of Kitajska"],
    ["pekinška raca", "pekinška is no form of Peking"],
    ["Putinka", "Putinka is no form of Putin"],
    ["moskovski", "moskovski is no form of Moskva"],
    ["Le in Leah", "Lee does not lose its vowel"],
    ["unija", "one word of a two-word name is no name"],
    ["Slovenska vojska", "the Slovak Slovensko does not decline into the Slovenian adjective"],
    ["Polni optimizma", "the German Polen takes no Slovenian plural"],
  ];
  for (const [text, why] of cases) test(`${text} (${why})`, () => expect(found("sl", gazetteer, text)).toEqual([]));
});

describe("roles take the case of the sentence", () => {
  test("a title in the accusative gives a position", () => {
    const r = extract("Kim Džong Un je sprejel ruskega zunanjega ministra Sergeja Lavrova.", { lang: "sl", date: "2023-10-19" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.role} ${x.attributes.roleText}`)).toContain(
      "position sergey-lavrov russia foreign minister zunanjega ministra",
    );
  });
  test("a title in the instrumental gives a position", () => {
    const r = extract("Sestal se je s kitajskim predsednikom Xi Jinpingom.", { lang: "sl", date: "2019-01-10" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.roleText}`)).toContain("position xi-jinping china predsednikom");
  });
  const descriptors: [string, string, string][] = [
    ["Kitajski predsednik je pohvalil prizadevanja.", "Kitajski predsednik", "xi-jinping"],
    ["Pismo je izročil severnokorejskemu voditelju.", "severnokorejskemu voditelju", "kim-jong-un"],
    ["Obisk ruskega obrambnega ministra je prvi.", "ruskega obrambnega ministra", "sergei-shoigu"],
  ];
  for (const [text, span, entity] of descriptors) {
    test(text, () => {
      const m = extract(text, { lang: "sl", date: "2023-07-27" }).mentions.find((x) => x.text === span);
      expect(m?.entity).toBe(entity);
      expect(m?.form).toBe("descriptor");
    });
  }
});

describe("a trigger for each relation type", () => {
  const date = "2024-06-19";
  const event = entry("victory-day-parade", "event", { sl: ["vojaška parada"] });
  const cases: [string, string][] = [
    ["Kim Džong Un se je v Pekingu sestal s Xi Jinpingom.", "meeting kim-jong-un xi-jinping"],
    ["Kim Džong Un je v Pjongjangu sprejel Sergeja Lavrova.", "meeting kim-jong-un sergey-lavrov"],
    ["Vladimir Putin je poslal pismo Kim Džong Unu.", "message vladimir-putin kim-jong-un letter"],
    ["Xi Jinping je čestital Vladimirju Putinu.", "message xi-jinping vladimir-putin congratulations"],
    ["Šojgu je Kim Džong Unu izročil pismo Vladimirja Putina.", "message vladimir-putin kim-jong-un letter"],
    ["Severna Koreja podpira Rusijo.", "support north-korea russia"],
    ["Kim Džong Un je izrazil podporo Rusiji.", "support kim-jong-un russia"],
    ["Kitajska in Rusija bosta okrepili sodelovanje.", "cooperation china russia"],
    ["Pjongjang bo krepil strateško sodelovanje z Moskvo.", "cooperation north-korea russia"],
    ["Xi Jinping je pohvalil Severno Korejo.", "praise xi-jinping north-korea"],
    ["Vladimir Putin je obiskal Pjongjang.", "visit vladimir-putin pyongyang"],
    ["Kim Džong Un je bil na obisku v Pekingu.", "visit kim-jong-un beijing"],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const r = extract(text, { lang: "sl", date });
      expect(r.relations.map((x) => [x.type, x.subject, x.object, x.attributes.kind].filter(Boolean).join(" "))).toContain(expected);
    });
  }
  test("Kim Džong Un se je udeležil vojaške parade.", () => {
    const r = extractorFor([gazetteer[1]!, event]).extract("Kim Džong Un se je udeležil vojaške parade.", { lang: "sl", date });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toContain("attendance kim-jong-un victory-day-parade");
  });
  test("a meeting in a place has the place", () => {
    const r = extract("Kim Džong Un se je v Pekingu sestal s Xi Jinpingom.", { lang: "sl", date });
    expect(r.relations.find((x) => x.type === "meeting")?.attributes.place).toBe("beijing");
  });
  test("support each other holds both ways", () => {
    const r = extract("Rusija in Severna Koreja se medsebojno podpirata.", { lang: "sl", date });
    const pairs = r.relations.filter((x) => x.type === "support").map((x) => `${x.subject} ${x.object}`);
    expect(pairs).toEqual(expect.arrayContaining(["russia north-korea", "north-korea russia"]));
  });
  test("sprejel zakon is no meeting", () => {
    const r = extract("Parlament Severne Koreje je sprejel zakon.", { lang: "sl", date });
    expect(r.relations.filter((x) => x.type === "meeting")).toEqual([]);
  });
  test("the visitor of a visit noun is no subject of a visit to it", () => {
    const r = extract("Obisk Vladimirja Putina je bil kratek.", { lang: "sl", date });
    expect(r.relations.filter((x) => x.type === "visit")).toEqual([]);
  });
});

describe("sentences", () => {
  test("ordinals and abbreviations do not end sentences", () => {
    const r = extract("Kim Džong Un je 3. septembra obiskal Peking, npr. tovarno. Nato se je vrnil.", { lang: "sl" });
    expect(r.sentences.length).toBe(2);
  });
});

describe("the two leaders, and the summit around them", () => {
  const relations = (text: string) => extract(text, { lang: "sl", date: "2024-07-03" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("the dual with 'sta' is the two people just named, not the organisation of the summit", () => {
    expect(relations("Xi Jinping se je sestal s Putinom. Voditelja sta se pogovarjala ob robu vrha Šanghajske organizacije za sodelovanje.")).toEqual([
      "meeting vladimir-putin xi-jinping",
      "meeting vladimir-putin xi-jinping",
    ]);
  });
  test("a trigger word inside a name ('sodelovanje' in the SCO's) states no cooperation", () => {
    expect(relations("Putin in Xi Jinping sta prispela na vrh Šanghajske organizacije za sodelovanje.")).not.toContainEqual(expect.stringMatching(/^cooperation/));
  });
});

describe("'the two ministers' are the two people named last, whoever else is named often", () => {
  test("'Ministra sta se pogovarjala' after Lavrov met Choe: Lavrov and Choe, not Kim", () => {
    const text =
      "Kim Džong Un je v Pjongjangu sprejel Sergeja Lavrova. Kim Džong Un je poudaril prijateljstvo. Vodja ruske diplomacije se je pred tem sestal s severnokorejsko zunanjo ministrico. Ministra sta se pogovarjala o dogovorih.";
    const r = extract(text, { lang: "sl", date: "2023-10-19" });
    const last = r.relations.filter((x) => x.trigger?.text === "pogovarjala").map((x) => `${x.type} ${x.subject} ${x.object}`);
    expect(last).toEqual(["meeting choe-son-hui sergey-lavrov"]);
  });
});
