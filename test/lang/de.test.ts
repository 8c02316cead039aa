/**
 * The German pack: genitive and adjective forms of names (from base-form
 * gazetteer entries only), words that must not match, roles, sentence
 * abbreviations and relation triggers.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { compileTriggers } from "../../src/relations/triggers.js";
import { de } from "../../src/lang/de/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("china", "country", { de: ["China"] }, { adjectives: { de: ["chinesisch"] } }),
  entry("north-korea", "country", { "*": ["North Korea"], de: ["Nordkorea"] }, { adjectives: { de: ["nordkoreanisch"] } }),
  entry("united-states", "country", { de: ["Vereinigte Staaten"] }),
  entry("communist-party-of-china", "party", { de: ["Kommunistische Partei Chinas"] }),
  entry("wpk-central-committee", "organization", { de: ["Zentralkomitee der Arbeiterpartei Koreas"] }),
  entry("npc-standing-committee", "organization", { de: ["Ständiger Ausschuss des Nationalen Volkskongresses"] }),
  entry("far-east", "place", { de: ["Ferner Osten"] }),
  entry("pyongyang", "place", { de: ["Pjöngjang"] }),
  entry("xi-jinping", "person", { "*": ["Xi Jinping"] }, { short: { "*": ["Xi"] } }),
  entry("wang-huning", "person", { "*": ["Wang Huning"] }, { short: { "*": ["Wang"] } }),
  entry("ding-xuexiang", "person", { "*": ["Ding Xuexiang"] }, { short: { "*": ["Ding"] } }),
  entry("nord-stream", "policy", { de: ["Nord Stream"] }),
];

describe("German names in the genitive and declined", () => {
  const cases: [string, string][] = [
    ["die Botschaft Xis", "Xis → Xi (xi-jinping)"],
    ["Chinas Präsident", "Chinas → China (china)"],
    ["die Führung Nordkoreas", "Nordkoreas → Nordkorea (north-korea)"],
    ["North Koreas offizieller Name", "North Koreas → North Korea (north-korea)"],
    ["in den Straßen Pjöngjangs", "Pjöngjangs → Pjöngjang (pyongyang)"],
    ["der Generalsekretär der Kommunistischen Partei Chinas", "Kommunistischen Partei Chinas → Kommunistische Partei Chinas (communist-party-of-china)"],
    ["ein Plenum des Zentralkomitees der Arbeiterpartei Koreas", "Zentralkomitees der Arbeiterpartei Koreas → Zentralkomitee der Arbeiterpartei Koreas (wpk-central-committee)"],
    ["die Sitzung des Ständigen Ausschusses des Nationalen Volkskongresses", "Ständigen Ausschusses des Nationalen Volkskongresses → Ständiger Ausschuss des Nationalen Volkskongresses (npc-standing-committee)"],
    ["im Fernen Osten", "Fernen Osten → Ferner Osten (far-east)"],
    ["mit den Vereinigten Staaten", "Vereinigten Staaten → Vereinigte Staaten (united-states)"],
    ["die Zukunft von Nord Streams Röhren", "Nord Streams → Nord Stream (nord-stream)"],
    ["chinesische Beamte", "chinesische → chinesisch (china)"],
    ["mit chinesischen Beamten", "chinesischen → chinesisch (china)"],
    ["ein chinesischer Diplomat", "chinesischer → chinesisch (china)"],
    ["chinesisches Außenministerium", "chinesisches → chinesisch (china)"],
    ["mit chinesischem Geld", "chinesischem → chinesisch (china)"],
    ["Nordkoreanische Beamte", "Nordkoreanische → nordkoreanisch (north-korea)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("de", gazetteer, text)).toContain(expected));
});

describe("German words that are not names", () => {
  // No entity is named ("Ding" the noun stays unlinked even though Ding Xuexiang's short name is "Ding").
  const cases: string[] = ["Sie küsste ihn auf die Wange.", "Das ist ein xischer Zug.", "Ein Xisch-Gericht.", "Das Ding steht im Park.", "Er lobte die Wangen der Kinder."];
  for (const text of cases) test(text, () => expect(found("de", gazetteer, text).filter((m) => !m.endsWith("(null)"))).toEqual([]));
});

/** Relations of a German text, as "type subject object" (roles: "position subject object role"). */
function relations(text: string, date = "2025-09-05"): string[] {
  return extract(text, { lang: "de", date }).relations.map((r) => [r.type, r.subject, r.object, r.attributes.role].filter(Boolean).join(" "));
}

describe("German roles give positions", () => {
  const cases: [string, string][] = [
    ["Der chinesische Präsident Xi Jinping reiste ab.", "position xi-jinping china president"],
    ["Der nordkoreanische Staatschef Kim Jong Un reiste ab.", "position kim-jong-un north-korea leader"],
    ["Chinas Ministerpräsident Li Qiang reiste ab.", "position li-qiang china premier"],
    ["Russlands Außenminister Sergej Lawrow reiste ab.", "position sergey-lavrov russia foreign minister"],
    ["Der neue russische Verteidigungsminister Andrej Beloussow reiste ab.", "position andrey-belousov russia defence minister"],
    ["Kim Song Nam, ein stellvertretendes Mitglied des Politbüros der Arbeiterpartei Koreas, reiste ab.", "position kim-song-nam wpk-politburo alternate member"],
    ["Wang Huning, Chinas viertgrößter Staatschef, reiste ab.", "position wang-huning china fourth-ranking leader"],
    ["Cai Qi, der Generalsekretär der Kommunistischen Partei Chinas, reiste ab.", "position cai-qi communist-party-of-china general secretary"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  test("a role next to a country names its holder", () => {
    const m = extract("Der nordkoreanische Machthaber reiste ab.", { lang: "de", date: "2025-09-05" }).mentions;
    expect(m.map((x) => `${x.text} ${x.entity}`)).toContain("nordkoreanische Machthaber kim-jong-un");
  });
});

describe("German triggers", () => {
  const cases: [string, string][] = [
    ["Kim Jong Un traf sich am Donnerstag mit Xi Jinping.", "meeting kim-jong-un xi-jinping"],
    ["Kim Jong Un und Wladimir Putin haben sich in Peking getroffen.", "meeting kim-jong-un vladimir-putin"],
    ["Kim Jong Un führte Gespräche mit Xi Jinping.", "meeting kim-jong-un xi-jinping"],
    ["Xi Jinping sandte eine Botschaft an Kim Jong Un.", "message xi-jinping kim-jong-un"],
    ["Wladimir Putin gratulierte Xi Jinping zum Wahlsieg.", "message vladimir-putin xi-jinping"],
    ["Wladimir Putin nahm an den Feiern zum Tag des Sieges in Peking teil.", "attendance vladimir-putin victory-day"],
    ["Kim Jong Un hatte an der Feier zum Tag des Sieges in Peking teilgenommen.", "attendance kim-jong-un victory-day"],
    ["Nordkorea unterstützt Russland.", "support north-korea russia"],
    ["Nordkorea und China verpflichten sich, ihre Beziehungen zu stärken.", "cooperation china north-korea"],
    ["China und Russland wollen ihre Partnerschaft weiter vertiefen.", "cooperation china russia"],
    ["Wladimir Putin lobte Nordkorea.", "praise vladimir-putin north-korea"],
    ["Xi Jinping besuchte Pjöngjang.", "visit xi-jinping pyongyang"],
    ["Li Qiang ist am Donnerstag in Pjöngjang eingetroffen.", "visit li-qiang pyongyang"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(relations(text)).toContain(expected));

  const none: string[] = [
    "China hat eine Entscheidung getroffen, sagte Xi Jinping zu Kim Jong Un.",
    "Die Delegationen, die Länder in der Region besuchten, kamen aus Nordkorea.",
  ];
  for (const text of none) test(`no meeting or visit: ${text}`, () => expect(relations(text).filter((r) => /^(meeting|visit)/.test(r))).toEqual([]));

  test("a title with a dash inside its role word keeps the country before it: the country does not act", () => {
    const found = relations("Kim Jong Un traf den chinesischen Staats- und Parteichef Xi Jinping.");
    expect(found).toContain("meeting kim-jong-un xi-jinping");
    expect(found.filter((r) => r.startsWith("meeting"))).toHaveLength(1);
  });

  test("the source of a verb-final reporting clause is no party to what it reports", () => {
    const text = "Kim Jong Un und Xi Jinping trafen sich. Die beiden Politiker führten am Dienstag Gespräche, wie die amtliche Nachrichtenagentur Xinhua am Donnerstag meldete.";
    expect(relations(text).filter((r) => r.includes("xinhua"))).toEqual([]);
  });

  test("the triggers compile", () => expect(compileTriggers(de).regex).not.toBeNull());
});

describe("German sentences", () => {
  const cases: [string, number][] = [
    ["Am 3. September traf Kim Jong Un in Peking ein.", 1],
    ["Er sprach z.B. mit Dr. Kim über Nr. 5 bzw. die Lage.", 1],
    ["Kim reiste ab. Xi blieb.", 2],
  ];
  for (const [text, count] of cases) test(text, () => expect(extract(text, { lang: "de" }).sentences).toHaveLength(count));
});

describe("found by the held-out text about the video call", () => {
  const relations = (text: string) => extract(text, { lang: "de", date: "2025-01-21" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("'Das Gespräch' refers back to a meeting, it states none", () =>
    expect(relations("Xi Jinping hat mit Wladimir Putin gesprochen. Das Gespräch fand einen Tag nach der Amtseinführung von US-Präsident Donald Trump statt.")).toEqual([
      "meeting vladimir-putin xi-jinping",
      "position donald-trump united-states",
    ]));
  test("verb-final: 'hatte am Freitag mit Xi telefoniert'", () => expect(relations("Trump hatte am Freitag mit Xi telefoniert.")).toEqual(["meeting donald-trump xi-jinping"]));
  test("'beraten per Video'", () => expect(relations("Xi und Putin beraten per Video.")).toEqual(["meeting vladimir-putin xi-jinping"]));
});

describe("a pronoun subject stands for the first person named the sentence before", () => {
  const relations = (text: string) => extract(text, { lang: "de", date: "2025-04-28" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("after the verb, not the Kremlin named before it", () => {
    expect(relations("Putin dankte Kim noch am selben Tag. In einer Erklärung des Kremls würdigte er das Heldentum der nordkoreanischen Soldaten.")).toEqual([
      "praise vladimir-putin kim-jong-un",
      "praise vladimir-putin north-korea",
    ]);
  });
  test("opening the sentence", () => {
    expect(relations("Xi Jinping traf Kim Jong Un. Er lobte Nordkorea.")).toContain("praise xi-jinping north-korea");
  });
  test("no one named before: no subject", () => {
    expect(relations("Er lobte Nordkorea.")).toEqual([]);
  });
});
