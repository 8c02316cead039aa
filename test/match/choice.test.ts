/**
 * Which entity and which base form a matched span gets when several names could
 * explain it: the document's language first, never a name that is itself an
 * inflected form of another name of the entry, short acronyms only in capitals,
 * foreign names only as written, shared names decided by rule.
 */
import { describe, expect, test } from "vitest";
import { entry, found } from "../support/packs.js";

describe("base form: the document's language, then the name the text is a form of", () => {
  const cases: [string, Parameters<typeof entry>[2], string, string[]][] = [
    ["pl", { pl: ["Unia", "Unii"] }, "decyzja Unii", ["Unii → Unia (x)"]],
    ["pl", { pl: ["Wielkiej Brytanii", "Wielka Brytania"] }, "z Wielkiej Brytanii", ["Wielkiej Brytanii → Wielka Brytania (x)"]],
    ["pl", { pl: ["Wielka Brytania", "Wielkiej Brytanii"] }, "o Wielkiej Brytanii", ["Wielkiej Brytanii → Wielka Brytania (x)"]],
    ["pl", { cs: ["Londýn"], pl: ["Londyn"] }, "w Londynie i Londyn", ["Londynie → Londyn (x)", "Londyn → Londyn (x)"]],
    ["pl", { cs: ["Brexit"], pl: ["brexit"] }, "Brexit", ["Brexit → brexit (x)"]],
    ["ru", { ru: ["Асия Биби", "Асии Биби"] }, "дело Асии Биби", ["Асии Биби → Асия Биби (x)"]],
    ["ru", { ru: ["Асии Биби", "Асия Биби"] }, "дело Асии Биби", ["Асии Биби → Асии Биби (x)"]],
    ["cs", { cs: ["brexit", "brexitu"] }, "kvůli brexitu", ["brexitu → brexit (x)"]],
    // An adjective written as in the text before an inflected form of the country's name.
    ["sl", { sl: ["Kitajska"] }, "v Kitajski", ["Kitajski → Kitajska (x)"]],
  ];
  for (const [lang, aliases, text, expected] of cases) {
    test(`${lang}: ${text} (${JSON.stringify(aliases)})`, () => expect(found(lang, [entry("x", "place", aliases)], text)).toEqual(expected));
  }
});

describe("names of another language match only as written", () => {
  const cases: [string, Parameters<typeof entry>[2], string, string[]][] = [
    ["pl", { cs: ["Londýn"] }, "w Londynie", []],
    ["pl", { cs: ["Londýn"] }, "Londýn", ["Londýn → Londýn (x)"]],
    ["pl", { "*": ["Londyn"] }, "w Londynie", ["Londynie → Londyn (x)"]],
    ["ru", { uk: ["Київ"] }, "Київ и Києва", ["Київ → Київ (x)"]],
  ];
  for (const [lang, aliases, text, expected] of cases) {
    test(`${lang}: ${text} (${JSON.stringify(aliases)})`, () => expect(found(lang, [entry("x", "place", aliases)], text)).toEqual(expected));
  }
});

describe("short acronyms match only capitals", () => {
  const cases: [string, string, string, string[]][] = [
    ["pl", "PO", "Po wyborach PO wygrała.", ["PO → PO (x)"]],
    ["sl", "KO", "Ko je prišel, je KO odgovorila.", ["KO → KO (x)"]],
    ["bg", "ЕС", "Ес, ЕС и ес", ["ЕС → ЕС (x)"]],
    ["pl", "COVID-19", "Covid-19 i COVID-19", ["Covid-19 → COVID-19 (x)", "COVID-19 → COVID-19 (x)"]],
    ["pl", "PO", "PO WYGRAŁA", ["PO → PO (x)"]],
    ["ru", "МИД", "Глава МИДа, Мид и МИД", ["МИДа → МИД (x)", "МИД → МИД (x)"]],
    ["pl", "PO", "Poa i POa", []],
  ];
  for (const [lang, name, text, expected] of cases) {
    test(`${lang}: ${text}`, () => expect(found(lang, [entry("x", "organization", { [lang]: [name] })], text)).toEqual(expected));
  }
});

describe("a full name shared by two entries", () => {
  const europe = entry("europe", "place", { bg: ["Европа", "Стария континент"] });
  const union = entry("eu", "organization", { bg: ["Европейски съюз", "ЕС", "Европа"] });
  const company = entry("pfizer", "organization", { ru: ["Pfizer", "Пфайзер"] });
  const vaccine = entry("pfizer-vaccine", "organization", { ru: ["Pfizer"] });
  const cases: [string, string, ReturnType<typeof entry>[], string, string[]][] = [
    ["else the entry whose main name it is", "bg", [union, europe], "Европа", ["Европа → Европа (europe)"]],
    ["the entry named otherwise in the document first", "bg", [union, europe], "ЕС и Европа", ["ЕС → ЕС (eu)", "Европа → Европа (eu)"]],
    ["… whichever it is", "ru", [company, vaccine], "Пфайзер. Pfizer", ["Пфайзер → Пфайзер (pfizer)", "Pfizer → Pfizer (pfizer)"]],
    ["else the entry with more names in the language", "ru", [vaccine, company], "Pfizer", ["Pfizer → Pfizer (pfizer)"]],
    ["names of the document's language first", "ru", [entry("a", "organization", { uk: ["Pfizer"] }), entry("b", "organization", { ru: ["Pfizer"] })], "Pfizer", ["Pfizer → Pfizer (b)"]],
  ];
  for (const [name, lang, entries, text, expected] of cases) test(name, () => expect(found(lang, entries, text)).toEqual(expected));
});
