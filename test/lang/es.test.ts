/**
 * The Spanish pack: gender and number of adjectives (from base-form gazetteer
 * entries only), words that must not match, roles, sentence abbreviations and
 * relation triggers.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { compileTriggers } from "../../src/relations/triggers.js";
import { es } from "../../src/lang/es/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("china", "country", { es: ["China"] }, { adjectives: { es: ["chino"] } }),
  entry("russia", "country", { es: ["Rusia"] }, { adjectives: { es: ["ruso"] } }),
  entry("north-korea", "country", { es: ["Corea del Norte"] }, { adjectives: { es: ["norcoreano"] } }),
  entry("united-states", "country", { es: ["Estados Unidos"] }, { adjectives: { es: ["estadounidense"] } }),
  entry("japan", "country", { es: ["Japón"] }, { adjectives: { es: ["japonés"] } }),
  entry("lee-jae-myung", "person", { "*": ["Lee Jae-myung"] }, { short: { "*": ["Lee"] } }),
  entry("nord-stream", "policy", { es: ["Nord Stream"] }),
];

describe("Spanish adjectives in gender and number", () => {
  const cases: [string, string][] = [
    ["el presidente chino", "chino → chino (china)"],
    ["la agencia oficial china", "china → chino (china)"],
    ["los soldados chinos", "chinos → chino (china)"],
    ["las autoridades chinas", "chinas → chino (china)"],
    ["el líder norcoreano", "norcoreano → norcoreano (north-korea)"],
    ["la agencia norcoreana", "norcoreana → norcoreano (north-korea)"],
    ["los soldados norcoreanos", "norcoreanos → norcoreano (north-korea)"],
    ["las tropas norcoreanas", "norcoreanas → norcoreano (north-korea)"],
    ["la diplomacia rusa", "rusa → ruso (russia)"],
    ["los funcionarios estadounidenses", "estadounidenses → estadounidense (united-states)"],
    ["la agresión japonesa", "japonesa → japonés (japan)"],
    ["los japoneses", "japoneses → japonés (japan)"],
    ["el gasoducto Nord Stream", "Nord Stream → Nord Stream (nord-stream)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("es", gazetteer, text)).toContain(expected));
});

describe("Spanish words that are not names", () => {
  // No entity is named: "Lee" (reads) at the start of a sentence, "Chinita" is no form of "chino".
  const cases: string[] = ["Lee el periódico cada día.", "Chinita es un apodo.", "Rusias no existe."];
  for (const text of cases) test(text, () => expect(found("es", gazetteer, text).filter((m) => !m.endsWith("(null)"))).toEqual([]));
});

/** Relations of a Spanish text, as "type subject object" (positions: with their role). */
function relations(text: string, date = "2025-09-05"): string[] {
  return extract(text, { lang: "es", date }).relations.map((r) => [r.type, r.subject, r.object, r.attributes.role].filter(Boolean).join(" "));
}

describe("Spanish roles give positions", () => {
  const cases: [string, string][] = [
    ["El presidente chino Xi Jinping llegó.", "position xi-jinping china president"],
    ["El líder norcoreano Kim Jong-un llegó.", "position kim-jong-un north-korea leader"],
    ["Kim Jong-un, secretario general del Partido del Trabajo de Corea, llegó.", "position kim-jong-un workers-party-of-korea general secretary"],
    ["Kim, presidente de Asuntos de Estado de la RPDC, llegó.", "position kim-jong-un north-korea president of state affairs"],
    ["Choe Son-hui, ministra de Asuntos Exteriores de la República Popular Democrática de Corea, llegó.", "position choe-son-hui north-korea foreign minister"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  test("a role next to a country names its holder", () => {
    const m = extract("El líder norcoreano llegó.", { lang: "es", date: "2025-09-05" }).mentions;
    expect(m.map((x) => `${x.text} ${x.entity}`)).toContain("líder norcoreano kim-jong-un");
  });
});

describe("Spanish triggers", () => {
  const cases: [string, string][] = [
    ["Kim Jong-un se reunió con Vladímir Putin en Pekín.", "meeting kim-jong-un vladimir-putin"],
    ["Kim Jong-un recibió a Lavrov en Pyongyang.", "meeting kim-jong-un sergey-lavrov"],
    ["Lavrov fue recibido por Kim Jong-un.", "meeting kim-jong-un sergey-lavrov"],
    ["Xi Jinping envió una carta de felicitación a Kim Jong-un.", "message xi-jinping kim-jong-un"],
    ["Vladímir Putin asistió al 80 aniversario de la victoria.", "attendance vladimir-putin 80th-anniversary-of-victory-in-world-war-ii"],
    // Words between "asistió" and its "a": the day, the place.
    ["Xi Jinping asistió este viernes en la Plaza Roja al desfile del Día de la Victoria.", "attendance xi-jinping victory-day-russia"],
    ["Corea del Norte apoya a Rusia.", "support north-korea russia"],
    ["China y Corea del Norte acordaron reforzar la cooperación.", "cooperation china north-korea"],
    ["Putin elogió a los soldados norcoreanos.", "praise vladimir-putin north-korea"],
    ["Xi Jinping visitó Pyongyang.", "visit xi-jinping pyongyang"],
    ["Lavrov llegó a Pyongyang el miércoles.", "visit sergey-lavrov pyongyang"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  const none: string[] = ["La visita se produce cuando Rusia y Corea del Norte celebran el aniversario, dijo Lavrov."];
  for (const text of none) test(`no visit: ${text}`, () => expect(relations(text).filter((r) => r.startsWith("visit"))).toEqual([]));

  test("the triggers compile", () => expect(compileTriggers(es).regex).not.toBeNull());
});

describe("Spanish sentences", () => {
  const cases: [string, number][] = [
    ["El Sr. Kim se reunió con la Sra. Choe y el Dr. Li, etc. en Pekín.", 1],
    ["Kim se fue. Xi se quedó.", 2],
  ];
  for (const [text, count] of cases) test(text, () => expect(extract(text, { lang: "es" }).sentences).toHaveLength(count));
});
