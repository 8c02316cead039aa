/**
 * The Italian pack: gender and number of adjectives (from base-form gazetteer
 * entries only), words that must not match, roles, sentence abbreviations and
 * relation triggers.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { compileTriggers } from "../../src/relations/triggers.js";
import { it as italian } from "../../src/lang/it/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("china", "country", { it: ["Cina"] }, { adjectives: { it: ["cinese"] } }),
  entry("russia", "country", { it: ["Russia", "Federazione Russa"] }, { adjectives: { it: ["russo"] } }),
  entry("north-korea", "country", { it: ["Corea del Nord"] }, { adjectives: { it: ["nordcoreano"] } }),
  entry("united-states", "country", { it: ["Stati Uniti"] }, { adjectives: { it: ["statunitense", "americano"] } }),
  entry("communist-party-of-china", "party", { it: ["Partito comunista cinese"] }),
  entry("li-qiang", "person", { "*": ["Li Qiang"] }, { short: { "*": ["Li"] } }),
  entry("nord-stream", "policy", { it: ["Nord Stream"] }),
];

describe("Italian adjectives in gender and number", () => {
  const cases: [string, string][] = [
    ["i soldati cinesi", "cinesi → cinese (china)"],
    ["la delegazione cinese", "cinese → cinese (china)"],
    ["la ministra nordcoreana", "nordcoreana → nordcoreano (north-korea)"],
    ["i soldati nordcoreani", "nordcoreani → nordcoreano (north-korea)"],
    ["le autorità nordcoreane", "nordcoreane → nordcoreano (north-korea)"],
    ["il popolo russo", "russo → russo (russia)"],
    ["la parte russa", "russa → russo (russia)"],
    ["del popolo russi", "russi → russo (russia)"],
    ["le truppe russe", "russe → russo (russia)"],
    ["i funzionari statunitensi", "statunitensi → statunitense (united-states)"],
    ["i diplomatici americani", "americani → americano (united-states)"],
    ["la Federazione Russa", "Federazione Russa → Federazione Russa (russia)"],
    ["il gasdotto Nord Stream", "Nord Stream → Nord Stream (nord-stream)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("it", gazetteer, text)).toContain(expected));
});

describe("Italian words that are not names", () => {
  // No entity is named: "li" (them) is a pronoun, "Russie" is no form of "Russia", and the capitalised
  // words of a name do not inflect ("Stato Unito" is not "Stati Uniti").
  const cases: string[] = ["Li ha visti ieri.", "Non li ha visti.", "Le Russie di Tolstoj.", "Ogni Stato Unito alla causa."];
  for (const text of cases) test(text, () => expect(found("it", gazetteer, text).filter((m) => !m.endsWith("(null)"))).toEqual([]));
});

/** Relations of an Italian text, as "type subject object" (positions: with their role). */
function relations(text: string, date = "2025-09-05"): string[] {
  return extract(text, { lang: "it", date }).relations.map((r) => [r.type, r.subject, r.object, r.attributes.role].filter(Boolean).join(" "));
}

describe("Italian roles give positions", () => {
  const cases: [string, string][] = [
    ["Il presidente cinese Xi Jinping è arrivato.", "position xi-jinping china president"],
    ["Il leader nordcoreano Kim Jong Un è arrivato.", "position kim-jong-un north-korea leader"],
    ["Sergej Lavrov, Ministro degli Esteri russo, è arrivato.", "position sergey-lavrov russia foreign minister"],
    // The country named elsewhere in the sentence (a bare title alone names none: test/relations/rules.test.ts).
    ["Dalla Russia sono arrivati Andrej Belousov, Ministro della Difesa, e altri.", "position andrey-belousov russia defence minister"],
    ["Dalla Russia è arrivato Aleksandr Kozlov, Ministro delle Risorse Naturali ed Ecologia.", "position alexander-kozlov russia minister of natural resources and ecology"],
    ["Jurij Ušakov, Assistente del Presidente della Russia per la Politica Estera, è arrivato.", "position yuri-ushakov russia aide"],
    [
      "Kim Jong Un, Segretario Generale del Partito del Lavoro di Corea e Presidente degli Affari di Stato della Repubblica Popolare Democratica di Corea, è arrivato.",
      "position kim-jong-un north-korea president of state affairs",
    ],
    ["La ministra degli Esteri nordcoreana Choe Son-hui è arrivata.", "position choe-son-hui north-korea foreign minister"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  test("a role next to a country names its holder", () => {
    const m = extract("Il leader nordcoreano è arrivato.", { lang: "it", date: "2025-09-05" }).mentions;
    expect(m.map((x) => `${x.text} ${x.entity}`)).toContain("leader nordcoreano kim-jong-un");
  });
});

describe("Italian triggers", () => {
  const cases: [string, string][] = [
    ["Kim Jong Un ha incontrato Vladimir Putin a Pechino.", "meeting kim-jong-un vladimir-putin"],
    ["Kim Jong Un ha tenuto colloqui con Vladimir Putin.", "meeting kim-jong-un vladimir-putin"],
    ["Choe Son-hui è stata ricevuta da Vladimir Putin.", "meeting choe-son-hui vladimir-putin"],
    ["Xi Jinping ha inviato un messaggio di congratulazioni a Kim Jong Un.", "message xi-jinping kim-jong-un"],
    ["Vladimir Putin ha partecipato alle celebrazioni della Giornata della Vittoria a Mosca.", "attendance vladimir-putin victory-day-russia"],
    ["La Corea del Nord sosterrà la Russia.", "support north-korea russia"],
    ["Cina e Corea del Nord hanno deciso di rafforzare la cooperazione.", "cooperation china north-korea"],
    ["Putin ha altamente apprezzato il coraggio dei soldati nordcoreani.", "praise vladimir-putin north-korea"],
    ["Xi Jinping ha visitato Pyongyang.", "visit xi-jinping pyongyang"],
    ["Kim Jong Un è arrivato a Pechino martedì.", "visit kim-jong-un beijing"],
    ["Putin era stato accolto all'aeroporto da Kim Jong Un.", "meeting kim-jong-un vladimir-putin"],
    ["Vladimir Putin è atterrato a Pyongyang nella notte.", "visit vladimir-putin pyongyang"],
    ["In serata Vladimir Putin è ripartito per il Vietnam.", "visit vladimir-putin vietnam"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  const none: string[] = [
    "Xi Jinping ha auspicato che la Corea del Nord e gli Stati Uniti si vengano incontro.",
    "La visita di Choe arriva dopo il vertice di Vladivostok, ha detto Kim Jong Un.",
  ];
  for (const text of none) test(`no meeting or visit: ${text}`, () => expect(relations(text).filter((r) => /^(meeting|visit)/.test(r))).toEqual([]));

  test("the triggers compile", () => expect(compileTriggers(italian).regex).not.toBeNull());
});

describe("Italian sentences", () => {
  const cases: [string, number][] = [
    ["Il sig. Kim ha incontrato il dott. Xi, il prof. Li ecc. a Pechino.", 1],
    ["Kim è partito. Xi è rimasto.", 2],
  ];
  for (const [text, count] of cases) test(text, () => expect(extract(text, { lang: "it" }).sentences).toHaveLength(count));
});

describe("found by the held-out text about Harbin", () => {
  const result = (text: string) => extract(text, { lang: "it", date: "2024-05-17" });
  const relations = (text: string) => result(text).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("a weekday opening the sentence before a known name is a date ('Giovedì Putin …')", () => {
    expect(result("Giovedì Putin ha incontrato Xi.").mentions.filter((m) => m.type === "date").map((m) => [m.text, m.value])).toEqual([["Giovedì", "2024-05-16"]]);
  });
  test("a weekday before an unknown name is still a name ('Sabato Rossi')", () => {
    expect(result("Sabato Rossi ha parlato ai giornalisti.").mentions.filter((m) => m.type === "date")).toEqual([]);
  });
  test("a day word between 'è arrivato' and the destination", () => expect(relations("Putin è arrivato venerdì a Pechino.")).toEqual(["visit vladimir-putin beijing"]));
  test("'i due leader' sign for the countries after the trigger, the leaders are the parties", () =>
    expect(relations("Putin ha avuto colloqui con Xi Jinping. I due leader hanno firmato una dichiarazione sul partenariato tra Russia e Cina.")).toContain("cooperation vladimir-putin xi-jinping"));
});
