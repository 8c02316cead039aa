/**
 * The Russian pack: inflected forms of names (from base-form gazetteer
 * entries only), words that must not match, roles and relation triggers.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("north-korea", "country", { ru: ["Северная Корея"] }),
  entry("european-union", "organization", { ru: ["Европейский союз", "Евросоюз"] }),
  entry("communist-party-of-china", "party", { ru: ["Коммунистическая партия Китая"] }),
  entry("vladimir-putin", "person", { ru: ["Владимир Путин"] }, { short: { ru: ["Путин"] } }),
  entry("kim-jong-un", "person", { ru: ["Ким Чен Ын"] }, { short: { ru: ["Ким"] } }),
  entry("kim-jong-il", "person", { ru: ["Ким Чен Ир"] }),
  entry("theresa-may", "person", { ru: ["Тереза Мэй"] }, { short: { ru: ["Мэй"] } }),
  entry("beijing", "place", { ru: ["Пекин"] }),
  entry("pyongyang", "place", { ru: ["Пхеньян"] }),
  entry("moscow", "place", { ru: ["Москва"] }),
  entry("kremlin", "place", { ru: ["Кремль"] }),
  entry("china", "country", { ru: ["Китай"] }, { adjectives: { ru: ["китайский"] } }),
  entry("russia", "country", { ru: ["Россия"] }, { adjectives: { ru: ["российский"] } }),
  entry("united-states", "country", { ru: ["Соединённые Штаты"] }),
  entry("volodymyr-zelensky", "person", { ru: ["Зеленский"] }),
  entry("sea-of-japan", "place", { ru: ["Японское море"] }),
  entry("sergey-lavrov", "person", { ru: ["Сергей Лавров"] }),
  entry("belarus", "country", { ru: ["Беларусь"] }),
  entry("xi-jinping", "person", { ru: ["Си Цзиньпин"] }, { short: { ru: ["Си"] } }),
  entry("li-qiang", "person", { ru: ["Ли Цян"] }, { short: { ru: ["Ли"] } }),
  entry("deutsche-welle", "organization", { ru: ["ДВ"] }),
  entry("tokyo", "place", { ru: ["Токио"] }),
  entry("sergei-shoigu", "person", { ru: ["Шойгу"] }),
];

describe("Russian names in any case form", () => {
  const cases: [string, string][] = [
    ["делегация Северной Кореи", "Северной Кореи → Северная Корея (north-korea)"],
    ["в Северную Корею", "Северную Корею → Северная Корея (north-korea)"],
    ["с Северной Кореей", "Северной Кореей → Северная Корея (north-korea)"],
    ["саммит Европейского союза", "Европейского союза → Европейский союз (european-union)"],
    ["решения Евросоюза", "Евросоюза → Евросоюз (european-union)"],
    ["в Евросоюзе", "Евросоюзе → Евросоюз (european-union)"],
    ["пленум Коммунистической партии Китая", "Коммунистической партии Китая → Коммунистическая партия Китая (communist-party-of-china)"],
    ["встреча с Владимиром Путиным", "Владимиром Путиным → Владимир Путин (vladimir-putin)"],
    ["слова Путина", "Путина → Путин (vladimir-putin)"],
    ["письмо Путину", "Путину → Путин (vladimir-putin)"],
    ["о Путине", "Путине → Путин (vladimir-putin)"],
    ["переговоры с Ким Чен Ыном", "Ким Чен Ыном → Ким Чен Ын (kim-jong-un)"],
    ["визит Ким Чен Ына", "Ким Чен Ына → Ким Чен Ын (kim-jong-un)"],
    ["телеграмма Ким Чен Ыну", "Ким Чен Ыну → Ким Чен Ын (kim-jong-un)"],
    ["встречался с Ким Чен Иром", "Ким Чен Иром → Ким Чен Ир (kim-jong-il)"],
    ["правительство Терезы Мэй", "Терезы Мэй → Тереза Мэй (theresa-may)"],
    ["в Пекине", "Пекине → Пекин (beijing)"],
    ["из Пекина", "Пекина → Пекин (beijing)"],
    ["над Пекином", "Пекином → Пекин (beijing)"],
    ["из Пхеньяна", "Пхеньяна → Пхеньян (pyongyang)"],
    ["в Пхеньяне", "Пхеньяне → Пхеньян (pyongyang)"],
    ["из Москвы", "Москвы → Москва (moscow)"],
    ["в Москве", "Москве → Москва (moscow)"],
    ["в Москву", "Москву → Москва (moscow)"],
    ["между Москвой и", "Москвой → Москва (moscow)"],
    ["в Кремле", "Кремле → Кремль (kremlin)"],
    ["из Кремля", "Кремля → Кремль (kremlin)"],
    ["с Китаем", "Китаем → Китай (china)"],
    ["в Китае", "Китае → Китай (china)"],
    ["китайской стороной", "китайской → китайский (china)"],
    ["российских военных", "российских → российский (russia)"],
    ["в России", "России → Россия (russia)"],
    ["с Россией", "Россией → Россия (russia)"],
    ["из Соединённых Штатов", "Соединённых Штатов → Соединённые Штаты (united-states)"],
    ["слова Зеленского", "Зеленского → Зеленский (volodymyr-zelensky)"],
    ["в Японском море", "Японском море → Японское море (sea-of-japan)"],
    ["с Сергеем Лавровым", "Сергеем Лавровым → Сергей Лавров (sergey-lavrov)"],
    ["с Беларусью", "Беларусью → Беларусь (belarus)"],
    ["с Си Цзиньпином", "Си Цзиньпином → Си Цзиньпин (xi-jinping)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("ru", gazetteer, text)).toContain(expected));
});

describe("forms of names that no data file lists", () => {
  const mine = [entry("nord-stream", "policy", { ru: ["Северный поток"] }), entry("lake-baikal", "place", { ru: ["Байкал"] })];
  const cases: [string, string][] = [
    ["строительство Северного потока", "Северного потока → Северный поток (nord-stream)"],
    ["о Северном потоке", "Северном потоке → Северный поток (nord-stream)"],
    ["на Байкале", "Байкале → Байкал (lake-baikal)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("ru", mine, text)).toEqual([expected]));
});

describe("words that must not match", () => {
  const cases: [string, string][] = [
    ["кимоно", "Ким is not the start of кимоно"],
    ["Два человека погибли.", "an acronym written as a name (ДВ) does not inflect into a common word"],
    ["Вопрос в том, придёт ли он.", "ли is a particle"],
    ["нота си бемоль", "lowercase си is not Xi"],
    ["в Токиу", "Токио does not decline"],
    ["Шойгуя", "Шойгу does not decline"],
    ["пекинская утка", "пекинская is no form of Пекин"],
    ["москвич", "москвич is no form of Москва"],
  ];
  for (const [text, why] of cases) test(`${text} (${why})`, () => expect(found("ru", gazetteer, text)).toEqual([]));
});

describe("roles take the case of the sentence", () => {
  const date = "2024-06-19";
  const cases: [string, string, string][] = [
    ["Лавров встретился с президентом России.", "президентом России", "vladimir-putin"],
    ["Послание лидера КНДР прибыло.", "лидера КНДР", "kim-jong-un"],
    ["Встреча с министром иностранных дел России прошла в Москве.", "министром иностранных дел России", "sergey-lavrov"],
  ];
  for (const [text, span, entity] of cases) {
    test(text, () => {
      const m = extract(text, { lang: "ru", date }).mentions.find((x) => x.text === span);
      expect(m?.entity).toBe(entity);
      expect(m?.form).toBe("descriptor");
    });
  }
  test("a title in the genitive gives a position", () => {
    const r = extract("Выступление Генерального секретаря ЦК КПК Си Цзиньпина.", { lang: "ru", date });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.roleText}`)).toContain(
      "position xi-jinping cpc-central-committee Генерального секретаря",
    );
  });
});

describe("a trigger for each relation type", () => {
  const date = "2024-06-19";
  const cases: [string, string][] = [
    ["Владимир Путин провёл переговоры с Ким Чен Ыном в Пхеньяне.", "meeting kim-jong-un vladimir-putin"],
    ["Ким Чен Ын встретился с Владимиром Путиным.", "meeting kim-jong-un vladimir-putin"],
    ["Си Цзиньпин направил Ким Чен Ыну поздравительную телеграмму.", "message xi-jinping kim-jong-un"],
    ["Си Цзиньпин принял участие в праздновании 80-летия Победы в Москве.", "attendance xi-jinping 80th-anniversary-of-victory-in-the-great-patriotic-war"],
    ["КНДР поддерживает Россию.", "support north-korea russia"],
    ["Россия и КНДР укрепляют сотрудничество.", "cooperation north-korea russia"],
    ["Путин высоко оценил КНДР.", "praise vladimir-putin north-korea"],
    ["Сергей Лавров прибыл в Пхеньян.", "visit sergey-lavrov pyongyang"],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const r = extract(text, { lang: "ru", date });
      expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toContain(expected);
    });
  }
  test("a message noun after its recipient", () => {
    const r = extract("Си Цзиньпин направил поздравительную телеграмму Ким Чен Ыну.", { lang: "ru", date });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.kind}`)).toContain("message xi-jinping kim-jong-un congratulations");
  });
  test("congratulations are a message of that kind", () => {
    const r = extract("Си Цзиньпин поздравил Путина с победой на выборах.", { lang: "ru", date });
    expect(r.relations.find((x) => x.type === "message")?.attributes.kind).toBe("congratulations");
  });
  test("принял решение is no meeting", () => {
    const r = extract("Путин принял решение о визите Ким Чен Ына.", { lang: "ru", date });
    expect(r.relations.filter((x) => x.type === "meeting")).toEqual([]);
  });
  test("support each other holds both ways", () => {
    const r = extract("Россия и КНДР поддерживают друг друга.", { lang: "ru", date });
    const pairs = r.relations.filter((x) => x.type === "support").map((x) => `${x.subject} ${x.object}`);
    expect(pairs).toEqual(expect.arrayContaining(["russia north-korea", "north-korea russia"]));
  });
});

describe("the two leaders after a meeting noun", () => {
  test("'третья встреча лидеров двух стран' is a meeting of the two people named before", () => {
    const r = extract("Путин провёл переговоры с Си Цзиньпином. Это уже третья встреча лидеров двух стран.", { lang: "ru", date: "2024-10-23" });
    expect(r.relations.filter((x) => x.type === "meeting").map((x) => `${x.subject} ${x.object}`)).toEqual(["vladimir-putin xi-jinping", "vladimir-putin xi-jinping"]);
  });
});

describe("the two leaders as the subject after a meeting noun", () => {
  test("'По итогам встречи лидеры двух стран подписали' states no second meeting", () => {
    const r = extract("Путин провёл переговоры с Си Цзиньпином. По итогам встречи лидеры двух стран подписали совместное заявление.", { lang: "ru", date: "2023-03-21" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toEqual(["meeting vladimir-putin xi-jinping", "cooperation vladimir-putin xi-jinping"]);
  });
});
