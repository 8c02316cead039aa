/**
 * The French pack: gender and number of adjectives (from base-form gazetteer
 * entries only), words that must not match, roles, sentence abbreviations and
 * relation triggers.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { compileTriggers } from "../../src/relations/triggers.js";
import { fr } from "../../src/lang/fr/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("china", "country", { fr: ["Chine"] }, { adjectives: { fr: ["chinois"] } }),
  entry("russia", "country", { fr: ["Russie"] }, { adjectives: { fr: ["russe"] } }),
  entry("north-korea", "country", { fr: ["Corée du Nord"] }, { adjectives: { fr: ["nord-coréen"] } }),
  entry("united-states", "country", { fr: ["États-Unis"] }, { adjectives: { fr: ["américain"] } }),
  entry("lin-jian", "person", { "*": ["Lin Jian"] }, { short: { "*": ["Lin"] } }),
  entry("nord-stream", "policy", { fr: ["Nord Stream"] }),
];

describe("French adjectives in gender and number", () => {
  const cases: [string, string][] = [
    ["le président chinois", "chinois → chinois (china)"],
    ["la délégation chinoise", "chinoise → chinois (china)"],
    ["les autorités chinoises", "chinoises → chinois (china)"],
    ["les soldats russes", "russes → russe (russia)"],
    ["la ministre nord-coréenne", "nord-coréenne → nord-coréen (north-korea)"],
    ["les autorités nord-coréennes", "nord-coréennes → nord-coréen (north-korea)"],
    ["les soldats nord-coréens", "nord-coréens → nord-coréen (north-korea)"],
    ["la diplomatie américaine", "américaine → américain (united-states)"],
    ["les États-Unis", "États-Unis → États-Unis (united-states)"],
    ["le gazoduc Nord Stream", "Nord Stream → Nord Stream (nord-stream)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("fr", gazetteer, text)).toContain(expected));
});

describe("French words that are not names", () => {
  // No entity is named: "Lin" (linen) alone, "Russe" as a person is the adjective's noun but "Russies" is nothing,
  // and "nord" alone is not "nord-coréen".
  const cases: string[] = ["Lin et coton sont chers.", "Les Russies d'autrefois.", "Le vent du nord souffle.", "Les Chinoiseries du salon."];
  for (const text of cases) test(text, () => expect(found("fr", gazetteer, text).filter((m) => !m.endsWith("(null)"))).toEqual([]));
});

/** Relations of a French text, as "type subject object" (positions: with their role). */
function relations(text: string, date = "2025-09-05"): string[] {
  return extract(text, { lang: "fr", date }).relations.map((r) => [r.type, r.subject, r.object, r.attributes.role].filter(Boolean).join(" "));
}

describe("French roles give positions", () => {
  const cases: [string, string][] = [
    ["Le président chinois Xi Jinping est arrivé.", "position xi-jinping china president"],
    ["Le dirigeant chinois Xi Jinping est arrivé.", "position xi-jinping china leader"],
    ["La Russie a envoyé le ministre des Affaires étrangères Sergueï Lavrov.", "position sergey-lavrov russia foreign minister"],
    ["La Russie a envoyé le ministre de la Défense Andreï Belooussov.", "position andrey-belousov russia defence minister"],
    ["Kim Jong-un, secrétaire général du Parti du travail de Corée, est arrivé.", "position kim-jong-un workers-party-of-korea general secretary"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  test("a role next to a country names its holder", () => {
    const m = extract("Le dirigeant nord-coréen est arrivé.", { lang: "fr", date: "2025-09-05" }).mentions;
    expect(m.map((x) => `${x.text} ${x.entity}`)).toContain("dirigeant nord-coréen kim-jong-un");
  });
});

describe("French triggers", () => {
  const cases: [string, string][] = [
    ["Kim Jong-un a rencontré Vladimir Poutine à Pékin.", "meeting kim-jong-un vladimir-putin"],
    ["Choe Son-hui s'est entretenue avec Sergueï Lavrov.", "meeting choe-son-hui sergey-lavrov"],
    ["Choe Son-hui a été reçue par Vladimir Poutine.", "meeting choe-son-hui vladimir-putin"],
    ["Xi Jinping a adressé un message de félicitations à Kim Jong-un.", "message xi-jinping kim-jong-un"],
    ["Choe a transmis au président russe les salutations chaleureuses de Kim Jong-un.", "message kim-jong-un vladimir-putin"],
    ["Vladimir Poutine a assisté au 80e anniversaire de la victoire.", "attendance vladimir-putin 80th-anniversary-of-victory-in-world-war-ii"],
    ["La Corée du Nord soutient la Russie.", "support north-korea russia"],
    ["La Chine et la Corée du Nord veulent renforcer leur coopération.", "cooperation china north-korea"],
    ["Poutine a salué le courage des soldats nord-coréens.", "praise vladimir-putin north-korea"],
    ["Poutine a remercié la Corée du Nord.", "praise vladimir-putin north-korea"],
    ["Xi Jinping a visité Pyongyang.", "visit xi-jinping pyongyang"],
    ["Kim Jong-un est arrivé à Pékin mardi.", "visit kim-jong-un beijing"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  test("the triggers compile", () => expect(compileTriggers(fr).regex).not.toBeNull());
});

describe("French sentences", () => {
  const cases: [string, number][] = [
    ["M. Kim a rencontré Mme Choe, le Dr. Li, etc. à Pékin.", 1],
    ["Kim est parti. Xi est resté.", 2],
  ];
  for (const [text, count] of cases) test(text, () => expect(extract(text, { lang: "fr" }).sentences).toHaveLength(count));
});

describe("found by the held-out text about Harbin", () => {
  const relations = (text: string) => extract(text, { lang: "fr", date: "2024-05-17" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("a day word between 's'est rendu' and the destination", () => expect(relations("Poutine s'est rendu vendredi à Pékin.")).toEqual(["visit vladimir-putin beijing"]));
  test("'les deux dirigeants' after a sentence naming one of them (the other a pronoun): the document's protagonist", () =>
    expect(relations("Vladimir Poutine est arrivé à Pékin. Jeudi, il s'était entretenu avec Xi Jinping. Les deux dirigeants ont signé une déclaration commune.")).toContain(
      "cooperation vladimir-putin xi-jinping",
    ));
});

describe("found by the held-out text about Astana", () => {
  const result = (text: string) => extract(text, { lang: "fr", date: "2024-07-03" });
  const relations = (text: string) => result(text).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("'se retrouvent' is a meeting", () => expect(relations("Xi Jinping et Vladimir Poutine se retrouvent à Astana.")).toEqual(["meeting vladimir-putin xi-jinping"]));
  test("'la visite d'État de M. Poutine en Chine': the visitor after the noun, an honorific before him", () =>
    expect(relations("Lors de la visite d'État de M. Poutine en Chine, rien n'a changé.")).toEqual(["visit vladimir-putin china"]));
  test("'la préparation d'une visite de M. Poutine' is a visit still to come", () =>
    expect(relations("Les ministres ont évoqué la préparation d'une visite de M. Poutine en Chine.")).toEqual([]));
  test("'Chine nouvelle' is Xinhua, not China", () =>
    expect(result("Selon l'agence Chine nouvelle, rien n'a changé.").mentions.map((m) => `${m.text} ${m.entity}`)).toEqual(["Chine nouvelle xinhua-news-agency"]));
});
