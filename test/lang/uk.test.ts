/**
 * The Ukrainian pack: inflected forms of names (from base-form gazetteer
 * entries only), words that must not match, roles and relation triggers.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("north-korea", "country", { uk: ["Північна Корея"] }),
  entry("european-union", "organization", { uk: ["Європейський Союз", "Євросоюз"] }),
  entry("communist-party-of-china", "party", { uk: ["Комуністична партія Китаю"] }),
  entry("vladimir-putin", "person", { uk: ["Володимир Путін"] }, { short: { uk: ["Путін"] } }),
  entry("kim-jong-un", "person", { uk: ["Кім Чен Ин"] }, { short: { uk: ["Кім"] } }),
  entry("kim-jong-il", "person", { uk: ["Кім Чен Ір"] }),
  entry("beijing", "place", { uk: ["Пекін"] }),
  entry("pyongyang", "place", { uk: ["Пхеньян"] }),
  entry("moscow", "place", { uk: ["Москва"] }),
  entry("kyiv", "place", { uk: ["Київ"] }),
  entry("kharkiv", "place", { uk: ["Харків"] }),
  entry("kremlin", "place", { uk: ["Кремль"] }),
  entry("china", "country", { uk: ["Китай"] }, { adjectives: { uk: ["китайський"] } }),
  entry("russia", "country", { uk: ["Росія"] }, { adjectives: { uk: ["російський"] } }),
  entry("united-states", "country", { uk: ["Сполучені Штати"] }),
  entry("united-kingdom", "country", { uk: ["Велика Британія", "Сполучене Королівство"] }),
  entry("america", "place", { uk: ["Америка"] }),
  entry("belarus", "country", { uk: ["Білорусь"] }),
  entry("xi-jinping", "person", { uk: ["Сі Цзіньпін"] }, { short: { uk: ["Сі"] } }),
  entry("taras-shevchenko", "person", { uk: ["Тарас Шевченко"] }),
  entry("tokyo", "place", { uk: ["Токіо"] }),
  entry("sea-of-japan", "place", { uk: ["Японське море"] }),
];

describe("Ukrainian names in any case form", () => {
  const cases: [string, string][] = [
    ["делегація Північної Кореї", "Північної Кореї → Північна Корея (north-korea)"],
    ["у Північній Кореї", "Північній Кореї → Північна Корея (north-korea)"],
    ["з Північною Кореєю", "Північною Кореєю → Північна Корея (north-korea)"],
    ["саміт Європейського Союзу", "Європейського Союзу → Європейський Союз (european-union)"],
    ["рішення Євросоюзу", "Євросоюзу → Євросоюз (european-union)"],
    ["пленум Комуністичної партії Китаю", "Комуністичної партії Китаю → Комуністична партія Китаю (communist-party-of-china)"],
    ["зустріч з Володимиром Путіним", "Володимиром Путіним → Володимир Путін (vladimir-putin)"],
    ["слова Путіна", "Путіна → Путін (vladimir-putin)"],
    ["лист Путінові", "Путінові → Путін (vladimir-putin)"],
    ["переговори з Кім Чен Ином", "Кім Чен Ином → Кім Чен Ин (kim-jong-un)"],
    ["подякував Кім Чен Ину", "Кім Чен Ину → Кім Чен Ин (kim-jong-un)"],
    ["візит Кіма", "Кіма → Кім (kim-jong-un)"],
    ["зустрічався з Кім Чен Іром", "Кім Чен Іром → Кім Чен Ір (kim-jong-il)"],
    ["у Пекіні", "Пекіні → Пекін (beijing)"],
    ["до Пхеньяна", "Пхеньяна → Пхеньян (pyongyang)"],
    ["у Пхеньяні", "Пхеньяні → Пхеньян (pyongyang)"],
    ["з Москви", "Москви → Москва (moscow)"],
    ["у Москві", "Москві → Москва (moscow)"],
    ["між Москвою та", "Москвою → Москва (moscow)"],
    ["до Києва", "Києва → Київ (kyiv)"],
    ["у Києві", "Києві → Київ (kyiv)"],
    ["з Харкова", "Харкова → Харків (kharkiv)"],
    ["у Кремлі", "Кремлі → Кремль (kremlin)"],
    ["з Китаєм", "Китаєм → Китай (china)"],
    ["у Китаї", "Китаї → Китай (china)"],
    ["до Китаю", "Китаю → Китай (china)"],
    ["китайської сторони", "китайської → китайський (china)"],
    ["російських військових", "російських → російський (russia)"],
    ["в Росії", "Росії → Росія (russia)"],
    ["з Росією", "Росією → Росія (russia)"],
    ["зі Сполученими Штатами", "Сполученими Штатами → Сполучені Штати (united-states)"],
    ["уряд Великої Британії", "Великої Британії → Велика Британія (united-kingdom)"],
    ["до Сполученого Королівства", "Сполученого Королівства → Сполучене Королівство (united-kingdom)"],
    ["в Америці", "Америці → Америка (america)"],
    ["з Білоруссю", "Білоруссю → Білорусь (belarus)"],
    ["з Сі Цзіньпіном", "Сі Цзіньпіном → Сі Цзіньпін (xi-jinping)"],
    ["вірші Тараса Шевченка", "Тараса Шевченка → Тарас Шевченко (taras-shevchenko)"],
    ["у Японському морі", "Японському морі → Японське море (sea-of-japan)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("uk", gazetteer, text)).toContain(expected));
});

describe("forms of names that no data file lists", () => {
  const mine = [entry("nord-stream", "policy", { uk: ["Північний потік"] }), entry("lviv", "place", { uk: ["Львів"] })];
  const cases: [string, string][] = [
    ["будівництво Північного потоку", "Північного потоку → Північний потік (nord-stream)"],
    ["зі Львова", "Львова → Львів (lviv)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("uk", mine, text)).toEqual([expected]));
});

describe("words that must not match", () => {
  const cases: [string, string][] = [
    ["кімната", "Кім is not the start of кімната"],
    ["у Токіа", "Токіо does not decline"],
    ["пекінська качка", "пекінська is no form of Пекін"],
    ["москвич", "москвич is no form of Москва"],
    ["сі-бемоль", "lowercase сі is not Xi"],
  ];
  for (const [text, why] of cases) test(`${text} (${why})`, () => expect(found("uk", gazetteer, text)).toEqual([]));
  test("Ким (by whom) at a sentence start is no Kim when no Kim is named", () => {
    const ru = [entry("kim-jong-un", "person", { uk: ["Кім Чен Ин"] }, { short: { uk: ["Кім", "Ким"] } })];
    expect(found("uk", ru, "Ким був цей чоловік?")).toEqual(["Ким → Ким (null)"]);
  });
});

describe("roles take the case of the sentence", () => {
  const date = "2024-06-19";
  const cases: [string, string, string][] = [
    ["Лавров зустрівся з президентом Росії.", "президентом Росії", "vladimir-putin"],
    ["Послання лідера КНДР прибуло.", "лідера КНДР", "kim-jong-un"],
    ["Зустріч з міністром закордонних справ Росії відбулася в Москві.", "міністром закордонних справ Росії", "sergey-lavrov"],
  ];
  for (const [text, span, entity] of cases) {
    test(text, () => {
      const m = extract(text, { lang: "uk", date }).mentions.find((x) => x.text === span);
      expect(m?.entity).toBe(entity);
      expect(m?.form).toBe("descriptor");
    });
  }
  test("a feminine title is a role too", () => {
    const r = extract("До делегації увійшла міністерка закордонних справ КНДР.", { lang: "uk", date });
    expect(r.mentions.map((m) => `${m.text} ${m.entity}`)).toContain("міністерка закордонних справ КНДР choe-son-hui");
  });
});

describe("a trigger for each relation type", () => {
  const date = "2024-06-19";
  const cases: [string, string][] = [
    ["Володимир Путін провів переговори з Кім Чен Ином у Пхеньяні.", "meeting kim-jong-un vladimir-putin"],
    ["Кім Чен Ин зустрівся з Володимиром Путіним.", "meeting kim-jong-un vladimir-putin"],
    ["Сі Цзіньпін надіслав Кім Чен Ину вітальну телеграму.", "message xi-jinping kim-jong-un"],
    ["Кім Чен Ин взяв участь у святкуванні 80-річчя Перемоги в Пекіні.", "attendance kim-jong-un 80th-anniversary-of-victory-in-world-war-ii"],
    ["КНДР підтримує Росію.", "support north-korea russia"],
    ["Росія і КНДР зміцнюють співпрацю.", "cooperation north-korea russia"],
    ["Путін високо оцінив КНДР.", "praise vladimir-putin north-korea"],
    ["Сергій Лавров прибув до Пхеньяна.", "visit sergey-lavrov pyongyang"],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const r = extract(text, { lang: "uk", date });
      expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toContain(expected);
    });
  }
  test("прийняв рішення is no meeting", () => {
    const r = extract("Путін прийняв рішення про візит Кім Чен Ина.", { lang: "uk", date });
    expect(r.relations.filter((x) => x.type === "meeting")).toEqual([]);
  });
  test("support each other holds both ways", () => {
    const r = extract("Росія і КНДР підтримують одна одну.", { lang: "uk", date });
    const pairs = r.relations.filter((x) => x.type === "support").map((x) => `${x.subject} ${x.object}`);
    expect(pairs).toEqual(expect.arrayContaining(["russia north-korea", "north-korea russia"]));
  });
});

describe("found by the held-out text about Harbin", () => {
  test("a place makes no visit: 'Харбін, де завершує свій державний візит до Китаю' is Putin's", () => {
    const r = extract("Володимир Путін прибув до міста Харбін, де завершує свій державний візит до Китаю.", { lang: "uk", date: "2024-05-17" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toEqual(["visit vladimir-putin harbin", "visit vladimir-putin china"]);
  });
});
