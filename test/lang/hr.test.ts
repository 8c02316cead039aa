/**
 * The Croatian pack: inflected forms of names (from base-form gazetteer
 * entries only), words that must not match, roles and relation triggers.
 * The tests bring their own gazetteer; the last ones read the bundled one.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { entry, extractorFor, found, foundBundled } from "../support/packs.js";

const gazetteer = [
  entry("vladimir-putin", "person", { "*": ["Vladimir Putin"] }, { short: { "*": ["Putin"] }, positions: [{ role: "president", of: "russia", from: "2012-05-07" }] }),
  entry("kim-jong-un", "person", { "*": ["Kim Jong Un", "Kim Jong-un"] }, { short: { "*": ["Kim"] }, positions: [{ role: "leader", of: "north-korea", from: "2011-12-17" }] }),
  entry("xi-jinping", "person", { "*": ["Xi Jinping"] }, { short: { "*": ["Xi"] }, positions: [{ role: "president", of: "china", from: "2013-03-14" }, { role: "general secretary", of: "communist-party-of-china", from: "2012-11-15" }] }),
  entry("sergey-lavrov", "person", { hr: ["Sergej Lavrov"] }, { short: { hr: ["Lavrov"] }, positions: [{ role: "foreign minister", of: "russia", from: "2004-03-09" }] }),
  entry("sergei-shoigu", "person", { hr: ["Sergej Šojgu"] }, { short: { hr: ["Šojgu"] } }),
  entry("shinzo-abe", "person", { "*": ["Shinzo Abe"] }, { short: { "*": ["Abe"] } }),
  entry("lee-jae-myung", "person", { "*": ["Lee Jae-myung"] }, { short: { "*": ["Lee"] } }),
  entry("hu-jintao", "person", { "*": ["Hu Jintao"] }, { short: { "*": ["Hu"] } }),
  entry("china", "country", { hr: ["Kina"] }, { adjectives: { hr: ["kineski"] } }),
  entry("russia", "country", { hr: ["Rusija"] }, { adjectives: { hr: ["ruski"] } }),
  entry("north-korea", "country", { hr: ["Sjeverna Koreja", "Demokratska Narodna Republika Koreja"] }, { adjectives: { hr: ["sjevernokorejski"] } }),
  entry("croatia", "country", { hr: ["Hrvatska"] }),
  entry("united-kingdom", "country", { hr: ["Ujedinjeno Kraljevstvo"] }),
  entry("united-states", "country", { hr: ["Sjedinjene Američke Države"] }),
  entry("america", "place", { hr: ["Amerika"] }),
  entry("european-union", "organization", { hr: ["Europska unija"] }),
  entry("communist-party-of-china", "party", { hr: ["Komunistička partija Kine"] }),
  entry("un-security-council", "organization", { hr: ["Vijeće sigurnosti"] }),
  entry("beijing", "place", { hr: ["Peking"] }, { capitalOf: "china" }),
  entry("moscow", "place", { hr: ["Moskva"] }, { capitalOf: "russia" }),
  entry("pyongyang", "place", { hr: ["Pjongjang"] }, { capitalOf: "north-korea" }),
  entry("zadar", "place", { "*": ["Zadar"] }),
  entry("sisak", "place", { hr: ["Sisak"] }),
  entry("korean-peninsula", "place", { hr: ["Korejski poluotok"] }),
  entry("victory-day-parade", "event", { hr: ["vojna parada"] }),
  entry("pak-thae-song", "person", { "*": ["Pak Thae Song"] }, { short: { "*": ["Pak"] } }),
  entry("slovakia", "country", { sk: ["Slovensko"] }),
];

describe("Croatian names in any case form", () => {
  const cases: [string, string][] = [
    ["sastanak s Putinom", "Putinom → Putin (vladimir-putin)"],
    ["posjet Putina", "Putina → Putin (vladimir-putin)"],
    ["čestitao je Putinu", "Putinu → Putin (vladimir-putin)"],
    ["Putinov posjet", "Putinov → Putin (vladimir-putin)"],
    ["s Vladimirom Putinom", "Vladimirom Putinom → Vladimir Putin (vladimir-putin)"],
    ["dočekao je Kim Jong Una", "Kim Jong Una → Kim Jong Un (kim-jong-un)"],
    ["dočekao je Kim Jong-una", "Kim Jong-una → Kim Jong-un (kim-jong-un)"],
    ["s Kim Jong-unom", "Kim Jong-unom → Kim Jong-un (kim-jong-un)"],
    ["Kimov prvi odlazak", "Kimov → Kim (kim-jong-un)"],
    ["uz Xi Jinpinga", "Xi Jinpinga → Xi Jinping (xi-jinping)"],
    ["sa Xijem", "Xijem → Xi (xi-jinping)"],
    ["Sergeja Lavrova", "Sergeja Lavrova → Sergej Lavrov (sergey-lavrov)"],
    ["sa Sergejem Šojguom", "Sergejem Šojguom → Sergej Šojgu (sergei-shoigu)"],
    ["Shinza Abea", "Shinza Abea → Shinzo Abe (shinzo-abe)"],
    ["s Leejem", "Leejem → Lee (lee-jae-myung)"],
    ["iz Kine", "Kine → Kina (china)"],
    ["u Kini", "Kini → Kina (china)"],
    ["u Kinu", "Kinu → Kina (china)"],
    ["s Kinom", "Kinom → Kina (china)"],
    ["kineskog ministarstva", "kineskog → kineski (china)"],
    ["s Rusijom", "Rusijom → Rusija (russia)"],
    ["iz Sjeverne Koreje", "Sjeverne Koreje → Sjeverna Koreja (north-korea)"],
    ["u Sjevernoj Koreji", "Sjevernoj Koreji → Sjeverna Koreja (north-korea)"],
    ["u Sjevernu Koreju", "Sjevernu Koreju → Sjeverna Koreja (north-korea)"],
    ["sa Sjevernom Korejom", "Sjevernom Korejom → Sjeverna Koreja (north-korea)"],
    ["Demokratske Narodne Republike Koreje", "Demokratske Narodne Republike Koreje → Demokratska Narodna Republika Koreja (north-korea)"],
    ["u Hrvatskoj", "Hrvatskoj → Hrvatska (croatia)"],
    ["iz Ujedinjenog Kraljevstva", "Ujedinjenog Kraljevstva → Ujedinjeno Kraljevstvo (united-kingdom)"],
    ["u Ujedinjenom Kraljevstvu", "Ujedinjenom Kraljevstvu → Ujedinjeno Kraljevstvo (united-kingdom)"],
    ["Sjedinjenih Američkih Država", "Sjedinjenih Američkih Država → Sjedinjene Američke Države (united-states)"],
    ["sa Sjedinjenim Američkim Državama", "Sjedinjenim Američkim Državama → Sjedinjene Američke Države (united-states)"],
    ["u Americi", "Americi → Amerika (america)"],
    ["članice Europske unije", "Europske unije → Europska unija (european-union)"],
    ["u Europskoj uniji", "Europskoj uniji → Europska unija (european-union)"],
    ["Komunističke partije Kine", "Komunističke partije Kine → Komunistička partija Kine (communist-party-of-china)"],
    ["rezolucije Vijeća sigurnosti", "Vijeća sigurnosti → Vijeće sigurnosti (un-security-council)"],
    ["u Pekingu", "Pekingu → Peking (beijing)"],
    ["iz Pekinga", "Pekinga → Peking (beijing)"],
    ["odnosi s Moskvom", "Moskvom → Moskva (moscow)"],
    ["u Moskvi", "Moskvi → Moskva (moscow)"],
    ["posjet Pjongjangu", "Pjongjangu → Pjongjang (pyongyang)"],
    ["u Zadru", "Zadru → Zadar (zadar)"],
    ["iz Siska", "Siska → Sisak (sisak)"],
    ["na Korejskom poluotoku", "Korejskom poluotoku → Korejski poluotok (korean-peninsula)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("hr", gazetteer, text)).toContain(expected));
});

describe("forms of names that no data file lists", () => {
  const mine = [entry("nord-stream", "policy", { hr: ["Sjeverni tok"] }), entry("rijeka", "place", { hr: ["Rijeka"] }), entry("vukovar", "place", { hr: ["Vukovar"] })];
  const cases: [string, string][] = [
    ["izgradnja Sjevernog toka", "Sjevernog toka → Sjeverni tok (nord-stream)"],
    ["o Sjevernom toku", "Sjevernom toku → Sjeverni tok (nord-stream)"],
    ["u Rijeci", "Rijeci → Rijeka (rijeka)"],
    ["iz Vukovara", "Vukovara → Vukovar (vukovar)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("hr", mine, text)).toEqual([expected]));
});

describe("words that must not match", () => {
  const cases: [string, string][] = [
    ["kimono", "Kim is not the start of kimono"],
    ["Kinez i Kineskinja", "demonyms are no forms of Kina"],
    ["kino i kina", "lowercase kina (of the cinema) is not China"],
    ["Hua i Hui", "Hu does not inflect into other Chinese names"],
    ["pekinška patka", "pekinška is no form of Peking"],
    ["Moskovljanin", "Moskovljanin is no form of Moskva"],
    ["Putinizam", "Putinizam is no form of Putin"],
    ["zadarski", "zadarski is no form of Zadar"],
    ["unija", "one word of a two-word name is no name"],
    ["Kimi i Kime", "a short surname takes no plural"],
    ["Paci", "Pak takes no plural"],
    ["Slovenska vojska", "the Slovak Slovensko does not decline into the adjective"],
  ];
  for (const [text, why] of cases) test(`${text} (${why})`, () => expect(found("hr", gazetteer, text)).toEqual([]));
});

describe("roles take the case of the sentence", () => {
  const ex = extractorFor(gazetteer);
  test("a title phrase in the nominative gives a position", () => {
    const r = ex.extract("Ministar vanjskih poslova Rusije Sergej Lavrov doputovao je u Pjongjang.", { lang: "hr", date: "2024-06-19" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.role} ${x.attributes.roleText}`)).toContain(
      "position sergey-lavrov russia foreign minister Ministar vanjskih poslova",
    );
  });
  test("a title in the instrumental gives a position", () => {
    const r = ex.extract("Sastao se s ruskim predsjednikom Vladimirom Putinom.", { lang: "hr", date: "2024-06-19" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.roleText}`)).toContain("position vladimir-putin russia predsjednikom");
  });
  const descriptors: [string, string, string][] = [
    ["Kineski predsjednik stigao je u Moskvu.", "Kineski predsjednik", "xi-jinping"],
    ["Pismo sjevernokorejskog čelnika stiglo je.", "sjevernokorejskog čelnika", "kim-jong-un"],
    ["Glavni tajnik Komunističke partije Kine pohvalio je napore.", "Glavni tajnik Komunističke partije Kine", "xi-jinping"],
    ["Sastao se s ruskim ministrom vanjskih poslova.", "ruskim ministrom vanjskih poslova", "sergey-lavrov"],
  ];
  for (const [text, span, entity] of descriptors) {
    test(text, () => {
      const m = ex.extract(text, { lang: "hr", date: "2024-06-19" }).mentions.find((x) => x.text === span);
      expect(m?.entity).toBe(entity);
      expect(m?.form).toBe("descriptor");
    });
  }
});

describe("a trigger for each relation type", () => {
  const ex = extractorFor(gazetteer);
  const date = "2024-06-19";
  const cases: [string, string][] = [
    ["Xi Jinping sastao se s Kim Jong-unom u Pekingu.", "meeting kim-jong-un xi-jinping"],
    ["Kim Jong-un i Putin razgovarali su nekoliko sati.", "meeting kim-jong-un vladimir-putin"],
    ["Kineski predsjednik Xi Jinping čestitao je Vladimiru Putinu.", "message xi-jinping vladimir-putin congratulations"],
    ["Vladimir Putin poslao je pismo Kim Jong-unu.", "message vladimir-putin kim-jong-un letter"],
    ["Kim Jong-un prisustvovao je vojnoj paradi.", "attendance kim-jong-un victory-day-parade"],
    ["Sjeverna Koreja podržava Rusiju.", "support north-korea russia"],
    ["Kim je izrazio potporu Moskvi.", "support kim-jong-un russia"],
    ["Kina i Rusija dogovorile su jačanje suradnje.", "cooperation china russia"],
    ["Kina je spremna s Rusijom produbljivati sveobuhvatno strateško partnerstvo.", "cooperation china russia"],
    ["Xi Jinping pohvalio je Sjevernu Koreju.", "praise xi-jinping north-korea"],
    ["Vladimir Putin posjetio je Pjongjang.", "visit vladimir-putin pyongyang"],
    ["Kim Jong-un završava posjet Rusiji.", "visit kim-jong-un russia"],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const r = ex.extract(text, { lang: "hr", date });
      expect(r.relations.map((x) => [x.type, x.subject, x.object, x.attributes.kind].filter(Boolean).join(" "))).toContain(expected);
    });
  }
  test("a meeting in a place has the place", () => {
    const r = ex.extract("Xi Jinping sastao se s Kim Jong-unom u Pekingu.", { lang: "hr", date });
    expect(r.relations.find((x) => x.type === "meeting")?.attributes.place).toBe("beijing");
  });
  test("support each other holds both ways", () => {
    const r = ex.extract("Rusija i Sjeverna Koreja uzajamno se podržavaju.", { lang: "hr", date });
    const pairs = r.relations.filter((x) => x.type === "support").map((x) => `${x.subject} ${x.object}`);
    expect(pairs).toEqual(expect.arrayContaining(["russia north-korea", "north-korea russia"]));
  });
  test("prema (according to) marks no recipient", () => {
    const r = ex.extract("Prema agenciji Xinhua, Xi Jinping poslao je poruku Putinu.", { lang: "hr", date });
    expect(r.relations.filter((x) => x.type === "message").map((x) => `${x.subject} ${x.object}`)).toEqual(["xi-jinping vladimir-putin"]);
  });
  test("the visitor of a visit noun is no subject of a visit to it", () => {
    const r = ex.extract("Posjet ruskog predsjednika bio je kratak.", { lang: "hr", date });
    expect(r.relations.filter((x) => x.type === "visit")).toEqual([]);
  });
});

describe("acts still to come are no relations", () => {
  const ex = extractorFor(gazetteer);
  const cases: [string, string][] = [
    ["Putin je pozvao Kima da posjeti Rusiju.", "an invitation is no visit"],
    ["Putin će u srijedu prisustvovati vojnoj paradi u Pekingu.", "the future: an infinitive after će"],
    ["Xi Jinping će se sutra sastati s Putinom.", "the future: an infinitive after će"],
    ["Kim Jong Un planira posjetiti Pjongjang.", "a plan"],
  ];
  for (const [text, why] of cases) test(`${text} (${why})`, () => expect(ex.extract(text, { lang: "hr", date: "2025-09-02" }).relations.filter((r) => r.type !== "position")).toEqual([]));
  test("the same verbs in the past are relations", () => {
    const r = ex.extract("Putin je prisustvovao vojnoj paradi. Kim Jong Un je posjetio Rusiju.", { lang: "hr", date: "2025-09-02" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toEqual(["attendance vladimir-putin victory-day-parade", "visit kim-jong-un russia"]);
  });
});

describe("sentences", () => {
  test("ordinals and abbreviations do not end sentences", () => {
    const r = extractorFor(gazetteer).extract("Kim Jong-un je 3. rujna, tzv. Dan pobjede, posjetio Peking. Zatim se vratio.", { lang: "hr" });
    expect(r.sentences.length).toBe(2);
  });
});

describe("the bundled gazetteer", () => {
  const cases: [string, string[]][] = [
    ["Sastanak je održan u Pekingu.", ["Pekingu (beijing)"]],
    ["Kim je boravio u Kini, a zatim u Rusiji.", ["Kim (kim-jong-un)", "Kini (china)", "Rusiji (russia)"]],
    ["Izaslanstvo Sjeverne Koreje doputovalo je u Pjongjang.", ["Sjeverne Koreje (north-korea)", "Pjongjang (pyongyang)"]],
    ["na Korejskom poluotoku", ["Korejskom poluotoku (korean-peninsula)"]],
    ["obljetnica završetka Drugog svjetskog rata", ["Drugog svjetskog rata (world-war-ii)"]],
    ["članice Europske unije i Sjedinjene Američke Države", ["Europske unije (european-union)", "Sjedinjene Američke Države (united-states)"]],
    ["Glavni tajnik Radničke partije Koreje", ["Glavni tajnik Radničke partije Koreje (kim-jong-un)"]],
    ["sa Sergejem Lavrovom i Dmitrijem Peskovom", ["Sergejem Lavrovom (sergey-lavrov)", "Dmitrijem Peskovom (dmitry-peskov)"]],
  ];
  for (const [text, expected] of cases) test(text, () => expect(foundBundled("hr", text)).toEqual(expected));
});

describe("the two leaders, a third named in passing", () => {
  test("'dvojica čelnika' are the two the article is about, not the one named once in the sentence before", () => {
    const text =
      "Xi Jinping sastao se s Lee Jae-myungom u Gyeongjuu. Lee je pozdravio Xija. Xi je doputovao u četvrtak. Riječ je o prvom posjetu nakon jedanaest godina. Istog je dana u Busanu razgovarao s Donaldom Trumpom. Dvojica čelnika razgovarala su o suradnji.";
    const r = extract(text, { lang: "hr", date: "2025-11-01" });
    const last = r.relations.filter((x) => x.evidence.sentence === r.sentences.length - 1 && x.type === "meeting").map((x) => `${x.subject} ${x.object}`);
    expect(last).toEqual(["lee-jae-myung xi-jinping"]);
  });
});

describe("thanks are praise", () => {
  test("zahvalio je", () => {
    const r = extract("Vladimir Putin zahvalio je Kim Jong Unu.", { lang: "hr", date: "2025-04-28" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toContain("praise vladimir-putin kim-jong-un");
  });
});
