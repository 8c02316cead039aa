/**
 * The Slovak pack: inflected forms of names (from base-form gazetteer entries
 * only), words that must not match, roles, relation triggers and sentence
 * abbreviations.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("north-korea", "country", { sk: ["Severná Kórea", "Kórejská ľudovodemokratická republika"] }, { adjectives: { sk: ["severokórejský"] } }),
  entry("south-korea", "country", { sk: ["Južná Kórea"] }),
  entry("china", "country", { sk: ["Čína"] }, { adjectives: { sk: ["čínsky"] } }),
  entry("russia", "country", { sk: ["Rusko"] }, { adjectives: { sk: ["ruský"] } }),
  entry("united-kingdom", "country", { sk: ["Veľká Británia"] }),
  entry("united-states", "country", { sk: ["Spojené štáty americké"] }),
  entry("india", "country", { sk: ["India"] }),
  entry("ukraine", "country", { sk: ["Ukrajina"] }),
  entry("european-union", "organization", { sk: ["Európska únia"] }),
  entry("united-nations", "organization", { sk: ["Organizácia Spojených národov"] }),
  entry("communist-party-of-china", "party", { sk: ["Komunistická strana Číny"] }),
  entry("workers-party-of-korea", "party", { sk: ["Kórejská strana práce"] }),
  entry("korean-peninsula", "place", { sk: ["Kórejský polostrov"] }),
  entry("red-square", "place", { sk: ["Červené námestie"] }),
  entry("sea-of-japan", "place", { sk: ["Japonské more"] }),
  entry("far-east", "place", { sk: ["Ďaleký východ"] }),
  entry("vladimir-putin", "person", { sk: ["Vladimir Putin"] }, { short: { "*": ["Putin"] } }),
  entry("kim-jong-un", "person", { sk: ["Kim Čong-un"] }, { short: { "*": ["Kim"] } }),
  entry("xi-jinping", "person", { sk: ["Si Ťin-pching"] }, { short: { sk: ["Si"] } }),
  entry("volodymyr-zelensky", "person", { sk: ["Volodymyr Zelenskyj"] }, { short: { sk: ["Zelenskyj"] } }),
  entry("sergey-lavrov", "person", { sk: ["Sergej Lavrov"] }),
  entry("beijing", "place", { sk: ["Peking"] }),
  entry("pyongyang", "place", { sk: ["Pchjongjang"] }),
  entry("moscow", "place", { sk: ["Moskva"] }),
  entry("london", "place", { sk: ["Londýn"] }),
  entry("kremlin", "place", { sk: ["Kremeľ"] }),
  entry("kosice", "place", { sk: ["Košice"] }),
];

describe("Slovak names in any case form", () => {
  const cases: [string, string][] = [
    ["zmluva so Severnou Kóreou", "Severnou Kóreou → Severná Kórea (north-korea)"],
    ["vodca Severnej Kórey", "Severnej Kórey → Severná Kórea (north-korea)"],
    ["v Severnej Kórei", "Severnej Kórei → Severná Kórea (north-korea)"],
    ["navštívil Severnú Kóreu", "Severnú Kóreu → Severná Kórea (north-korea)"],
    ["s Kórejskou ľudovodemokratickou republikou", "Kórejskou ľudovodemokratickou republikou → Kórejská ľudovodemokratická republika (north-korea)"],
    ["prezident Južnej Kórey", "Južnej Kórey → Južná Kórea (south-korea)"],
    ["prezident Číny", "Číny → Čína (china)"],
    ["v Číne", "Číne → Čína (china)"],
    ["navštívil Čínu", "Čínu → Čína (china)"],
    ["s Čínou", "Čínou → Čína (china)"],
    ["čínskeho prezidenta", "čínskeho → čínsky (china)"],
    ["čínska delegácia", "čínska → čínsky (china)"],
    ["s čínskym vodcom", "čínskym → čínsky (china)"],
    ["severokórejskí vojaci", "severokórejskí → severokórejský (north-korea)"],
    ["v Rusku", "Rusku → Rusko (russia)"],
    ["z Ruska", "Ruska → Rusko (russia)"],
    ["s Ruskom", "Ruskom → Rusko (russia)"],
    ["ruskej armády", "ruskej → ruský (russia)"],
    ["vo Veľkej Británii", "Veľkej Británii → Veľká Británia (united-kingdom)"],
    ["z Veľkej Británie", "Veľkej Británie → Veľká Británia (united-kingdom)"],
    ["s Veľkou Britániou", "Veľkou Britániou → Veľká Británia (united-kingdom)"],
    ["v Spojených štátoch amerických", "Spojených štátoch amerických → Spojené štáty americké (united-states)"],
    ["zo Spojených štátov amerických", "Spojených štátov amerických → Spojené štáty americké (united-states)"],
    ["v Indii", "Indii → India (india)"],
    ["na Ukrajine", "Ukrajine → Ukrajina (ukraine)"],
    ["z Európskej únie", "Európskej únie → Európska únia (european-union)"],
    ["v Európskej únii", "Európskej únii → Európska únia (european-union)"],
    ["s Európskou úniou", "Európskou úniou → Európska únia (european-union)"],
    ["Organizácie Spojených národov", "Organizácie Spojených národov → Organizácia Spojených národov (united-nations)"],
    ["zjazd Komunistickej strany Číny", "Komunistickej strany Číny → Komunistická strana Číny (communist-party-of-china)"],
    ["tajomník Kórejskej strany práce", "Kórejskej strany práce → Kórejská strana práce (workers-party-of-korea)"],
    ["na Kórejskom polostrove", "Kórejskom polostrove → Kórejský polostrov (korean-peninsula)"],
    ["na Červenom námestí", "Červenom námestí → Červené námestie (red-square)"],
    ["v Japonskom mori", "Japonskom mori → Japonské more (sea-of-japan)"],
    ["na Ďalekom východe", "Ďalekom východe → Ďaleký východ (far-east)"],
    ["s Vladimirom Putinom", "Vladimirom Putinom → Vladimir Putin (vladimir-putin)"],
    ["návšteva Putina", "Putina → Putin (vladimir-putin)"],
    ["poďakoval Putinovi", "Putinovi → Putin (vladimir-putin)"],
    ["Putinova návšteva", "Putinova → Putin (vladimir-putin)"],
    ["s Kim Čong-unom", "Kim Čong-unom → Kim Čong-un (kim-jong-un)"],
    ["list Kim Čong-unovi", "Kim Čong-unovi → Kim Čong-un (kim-jong-un)"],
    ["so Si Ťin-pchingom", "Si Ťin-pchingom → Si Ťin-pching (xi-jinping)"],
    ["prejav Zelenského", "Zelenského → Zelenskyj (volodymyr-zelensky)"],
    ["so Sergejom Lavrovom", "Sergejom Lavrovom → Sergej Lavrov (sergey-lavrov)"],
    ["v Pekingu", "Pekingu → Peking (beijing)"],
    ["medzi Pekingom a", "Pekingom → Peking (beijing)"],
    ["v Pchjongjangu", "Pchjongjangu → Pchjongjang (pyongyang)"],
    ["s Pchjongjangom", "Pchjongjangom → Pchjongjang (pyongyang)"],
    ["z Moskvy", "Moskvy → Moskva (moscow)"],
    ["v Moskve", "Moskve → Moskva (moscow)"],
    ["s Moskvou", "Moskvou → Moskva (moscow)"],
    ["v Londýne", "Londýne → Londýn (london)"],
    ["šéf Kremľa", "Kremľa → Kremeľ (kremlin)"],
    ["v Kremli", "Kremli → Kremeľ (kremlin)"],
    ["v Košiciach", "Košiciach → Košice (kosice)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("sk", gazetteer, text)).toContain(expected));
});

describe("forms of names that no data file lists", () => {
  const mine = [
    entry("nord-stream", "policy", { sk: ["Nord Stream"] }),
    entry("ryanair", "organization", { "*": ["Ryanair"] }),
    entry("baltic-sea", "place", { sk: ["Baltské more"] }),
    entry("kamala-harris", "person", { sk: ["Kamala Harrisová"] }),
  ];
  const cases: [string, string][] = [
    ["plynovod Nord Streamu", "Nord Streamu → Nord Stream (nord-stream)"],
    ["s Nord Streamom", "Nord Streamom → Nord Stream (nord-stream)"],
    ["lietadlá Ryanairu", "Ryanairu → Ryanair (ryanair)"],
    ["v Baltskom mori", "Baltskom mori → Baltské more (baltic-sea)"],
    ["dno Baltského mora", "Baltského mora → Baltské more (baltic-sea)"],
    ["s Kamalou Harrisovou", "Kamalou Harrisovou → Kamala Harrisová (kamala-harris)"],
    ["víťazstvo Kamaly Harrisovej", "Kamaly Harrisovej → Kamala Harrisová (kamala-harris)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("sk", mine, text)).toEqual([expected]));
});

describe("words that must not match", () => {
  const cases: [string, string][] = [
    ["Kúpila si pekinéza.", "pekinéz (a dog) is no form of Peking"],
    ["Mala na sebe kimono.", "Kim is not the start of kimono"],
    ["Myslím si, že áno.", "lowercase si is a pronoun"],
    ["Olena Zelenská vystúpila.", "a -ská wife is not a form of the -skyj surname"],
    ["Moskovčania protestovali.", "Moskovčan is no form of Moskva"],
  ];
  for (const [text, why] of cases) test(`${text} (${why})`, () => expect(found("sk", gazetteer, text)).toEqual([]));
});

describe("roles take the case of the sentence", () => {
  const date = "2024-11-09";
  const descriptors: [string, string, string][] = [
    ["Ruský prezident podpísal zákon.", "Ruský prezident", "vladimir-putin"],
    ["Stretnutie so severokórejským vodcom.", "severokórejským vodcom", "kim-jong-un"],
    ["Generálny tajomník Kórejskej strany práce vyhlásil.", "Generálny tajomník Kórejskej strany práce", "kim-jong-un"],
    ["Poďakoval čínskemu prezidentovi.", "čínskemu prezidentovi", "xi-jinping"],
  ];
  for (const [text, span, entity] of descriptors) {
    test(text, () => {
      const m = extract(text, { lang: "sk", date }).mentions.find((x) => x.text === span);
      expect(m?.entity).toBe(entity);
      expect(m?.form).toBe("descriptor");
    });
  }
  const titles: [string, string][] = [
    ["Ruský minister zahraničných vecí Sergej Lavrov zdôraznil spoluprácu.", "position sergey-lavrov russia minister zahraničných vecí"],
    ["Ruský prezident Vladimir Putin podpísal zákon.", "position vladimir-putin russia prezident"],
  ];
  for (const [text, expected] of titles) {
    test(text, () => {
      const r = extract(text, { lang: "sk", date });
      expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.roleText}`)).toContain(expected);
    });
  }
});

describe("a trigger for each relation type", () => {
  const date = "2024-11-09";
  const cases: [string, string][] = [
    ["Si Ťin-pching sa stretol s Kim Čong-unom.", "meeting kim-jong-un xi-jinping"],
    ["Kim Čong-un rokoval s Vladimirom Putinom v Moskve.", "meeting kim-jong-un vladimir-putin"],
    ["Si Ťin-pching poslal Kim Čong-unovi list.", "message xi-jinping kim-jong-un letter"],
    ["Vladimir Putin zaslal blahoželanie Kim Čong-unovi.", "message vladimir-putin kim-jong-un congratulations"],
    ["Kim Čong-un sa zúčastnil osláv Dňa víťazstva v Pekingu.", "attendance kim-jong-un victory-day"],
    ["Severná Kórea podporuje Rusko.", "support north-korea russia"],
    ["Rusko a Severná Kórea budú posilňovať spoluprácu.", "cooperation north-korea russia"],
    ["Vladimir Putin ocenil Severnú Kóreu.", "praise vladimir-putin north-korea"],
    ["Vladimir Putin navštívil Pchjongjang.", "visit vladimir-putin pyongyang"],
    ["Kim Čong-un pricestoval do Pekingu.", "visit kim-jong-un beijing"],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const r = extract(text, { lang: "sk", date });
      const got = r.relations.map((x) => `${x.type} ${x.subject} ${x.object}${x.attributes.kind ? " " + x.attributes.kind : ""}`);
      expect(got).toContain(expected);
    });
  }
  test("support each other holds both ways", () => {
    const r = extract("Rusko a Severná Kórea sa vzájomne podporujú.", { lang: "sk", date });
    const pairs = r.relations.filter((x) => x.type === "support").map((x) => `${x.subject} ${x.object}`);
    expect(pairs).toEqual(expect.arrayContaining(["russia north-korea", "north-korea russia"]));
  });
});

describe("sentence abbreviations", () => {
  const cases: [string, number][] = [
    ["Summit tzv. Veľkej sedmičky sa konal v Pekingu.", 1],
    ["Zúčastnili sa napr. Putin a Si.", 1],
    ["Zmluvu podpísali 19. júna v Pchjongjangu.", 1],
    ["Putin pricestoval do Pchjongjangu. Kim ho privítal.", 2],
  ];
  for (const [text, count] of cases) test(text, () => expect(extract(text, { lang: "sk" }).sentences).toHaveLength(count));
});

describe("found by the held-out text about the video call", () => {
  const relations = (text: string) => extract(text, { lang: "sk", date: "2025-01-21" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("'Rozhovor sa uskutočnil …' refers back to a meeting, it states none", () =>
    expect(relations("Si Ťin-pching rokoval s Putinom. Rozhovor sa uskutočnil deň po inaugurácii amerického prezidenta Donalda Trumpa.")).toEqual([
      "meeting vladimir-putin xi-jinping",
      "position donald-trump united-states",
    ]));
});
