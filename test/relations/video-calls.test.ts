/**
 * A video call or video conference is a meeting (SPEC §5: met, held talks, phone call …), in
 * every language with a trigger for it; a video conference named with no partner is none.
 * Sentences written for this test; the bundled gazetteer.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";

const meetings = (text: string, lang: string) =>
  extract(text, { lang, date: "2025-01-21" })
    .relations.filter((r) => r.type === "meeting")
    .map((r) => `${r.subject} ${r.object}`);

describe("a video call with someone is a meeting", () => {
  const cases: [string, string][] = [
    ["en", "Xi Jinping held a video call with Vladimir Putin."],
    ["es", "Xi Jinping mantuvo una videoconferencia con Vladímir Putin."],
    ["fr", "Xi Jinping a eu une visioconférence avec Vladimir Poutine."],
    ["de", "Xi Jinping hielt eine Videokonferenz mit Wladimir Putin ab."],
    ["it", "Xi Jinping ha avuto una videoconferenza con Vladimir Putin."],
    ["pl", "Xi Jinping odbył wideokonferencję z Władimirem Putinem."],
    ["cs", "Si Ťin-pching vedl videokonferenci s Vladimirem Putinem."],
    ["sk", "Si Ťin-pching viedol videokonferenciu s Vladimirom Putinom."],
    ["sl", "Xi Jinping je imel videokonferenco z Vladimirjem Putinom."],
    ["hr", "Xi Jinping održao je videokonferenciju s Vladimirom Putinom."],
    ["sr", "Si Đinping je održao video-konferenciju sa Vladimirom Putinom."],
    ["ru", "Си Цзиньпин провёл видеоконференцию с Владимиром Путиным."],
    ["uk", "Сі Цзіньпін провів відеоконференцію з Володимиром Путіним."],
    ["bg", "Си Дзинпин проведе видеоконференция с Владимир Путин."],
  ];
  for (const [lang, text] of cases) test(`${lang}: ${text}`, () => expect(meetings(text, lang)).toEqual(["vladimir-putin xi-jinping"]));
});

describe("a video conference named without a partner relates no one", () => {
  test("cs: během videokonference", () => expect(meetings("Izraelskému publiku to během videokonference řekl Si Ťin-pching, podle Ruska.", "cs")).toEqual([]));
});

describe("Spanish, found by the held-out text about the video call", () => {
  test("the present 'conversan'", () => expect(meetings("Xi y Putin conversan por videoconferencia.", "es")).toEqual(["vladimir-putin xi-jinping"]));
  test("'hablado por teléfono con'", () => expect(meetings("Xi Jinping ya había hablado por teléfono con Donald Trump.", "es")).toEqual(["donald-trump xi-jinping"]));
  test("a pledge in the gerund: 'seguirán profundizando su cooperación'", () => {
    const r = extract("Xi afirmó que China y Rusia seguirán profundizando su cooperación.", { lang: "es" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toContain("cooperation china russia");
  });
});
