/**
 * The Serbian pack, in Cyrillic and Latin script: inflected forms of names
 * (from base-form gazetteer entries only), words that must not match, roles and
 * relation triggers. The tests bring their own gazetteer and sentences.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { patternToCyrillic, toCyrillic } from "../../src/lang/sr/inflection.js";
import { entry, extractorFor, found, foundBundled } from "../support/packs.js";

const gazetteer = [
  entry("vladimir-putin", "person", { "*": ["Vladimir Putin"], sr: ["Владимир Путин"] }, { short: { "*": ["Putin"], sr: ["Путин"] }, positions: [{ role: "president", of: "russia", from: "2012-05-07" }] }),
  entry("kim-jong-un", "person", { "*": ["Kim Jong Un"], sr: ["Ким Џонг Ун", "Kim Džong Un"] }, { short: { "*": ["Kim"], sr: ["Ким"] }, positions: [{ role: "leader", of: "north-korea", from: "2011-12-17" }] }),
  entry("xi-jinping", "person", { "*": ["Xi Jinping"], sr: ["Си Ђинпинг", "Si Đinping"] }, { short: { "*": ["Xi"], sr: ["Си", "Si"] }, positions: [{ role: "president", of: "china", from: "2013-03-14" }] }),
  entry("sergey-lavrov", "person", { sr: ["Сергеј Лавров", "Sergej Lavrov"] }, { short: { sr: ["Лавров", "Lavrov"] }, positions: [{ role: "foreign minister", of: "russia", from: "2004-03-09" }] }),
  entry("sergei-shoigu", "person", { sr: ["Сергеј Шојгу"] }, { short: { sr: ["Шојгу"] } }),
  entry("shinzo-abe", "person", { sr: ["Шинзо Абе"] }, { short: { sr: ["Абе"] } }),
  entry("china", "country", { sr: ["Кина", "Kina"] }, { adjectives: { sr: ["кинески", "kineski"] } }),
  entry("russia", "country", { sr: ["Русија", "Rusija"] }, { adjectives: { sr: ["руски", "ruski"] } }),
  entry("north-korea", "country", { sr: ["Северна Кореја", "Severna Koreja"] }, { adjectives: { sr: ["севернокорејски", "severnokorejski"] } }),
  entry("united-kingdom", "country", { sr: ["Уједињено Краљевство"] }),
  entry("united-states", "country", { sr: ["Сједињене Америчке Државе"] }),
  entry("european-union", "organization", { sr: ["Европска унија", "Evropska unija"] }),
  entry("un-security-council", "organization", { sr: ["Савет безбедности"] }),
  entry("beijing", "place", { sr: ["Пекинг", "Peking"] }, { capitalOf: "china" }),
  entry("moscow", "place", { sr: ["Москва", "Moskva"] }, { capitalOf: "russia" }),
  entry("pyongyang", "place", { sr: ["Пјонгјанг", "Pjongjang"] }, { capitalOf: "north-korea" }),
  entry("america", "place", { sr: ["Америка"] }),
  entry("sisak", "place", { sr: ["Сисак"] }),
  entry("victory-day-parade", "event", { sr: ["војна парада", "vojna parada"] }),
];

describe("Serbian names in any case form, both scripts", () => {
  const cases: [string, string][] = [
    ["састанак са Путином", "Путином → Путин (vladimir-putin)"],
    ["посета Путина", "Путина → Путин (vladimir-putin)"],
    ["честитао је Путину", "Путину → Путин (vladimir-putin)"],
    ["Путинов говор", "Путинов → Путин (vladimir-putin)"],
    ["са Владимиром Путином", "Владимиром Путином → Владимир Путин (vladimir-putin)"],
    ["sa Putinom", "Putinom → Putin (vladimir-putin)"],
    ["дочекао је Ким Џонг Уна", "Ким Џонг Уна → Ким Џонг Ун (kim-jong-un)"],
    ["са Ким Џонг Уном", "Ким Џонг Уном → Ким Џонг Ун (kim-jong-un)"],
    ["sa Kim Džong Unom", "Kim Džong Unom → Kim Džong Un (kim-jong-un)"],
    ["са Си Ђинпингом", "Си Ђинпингом → Си Ђинпинг (xi-jinping)"],
    ["uz Si Đinpinga", "Si Đinpinga → Si Đinping (xi-jinping)"],
    ["Сергеја Лаврова", "Сергеја Лаврова → Сергеј Лавров (sergey-lavrov)"],
    ["са Сергејем Шојгуом", "Сергејем Шојгуом → Сергеј Шојгу (sergei-shoigu)"],
    ["Шинза Абеа", "Шинза Абеа → Шинзо Абе (shinzo-abe)"],
    ["из Кине", "Кине → Кина (china)"],
    ["у Кини", "Кини → Кина (china)"],
    ["у Кину", "Кину → Кина (china)"],
    ["са Кином", "Кином → Кина (china)"],
    ["u Kini", "Kini → Kina (china)"],
    ["кинеског министарства", "кинеског → кинески (china)"],
    ["из Русије", "Русије → Русија (russia)"],
    ["из Северне Кореје", "Северне Кореје → Северна Кореја (north-korea)"],
    ["у Северној Кореји", "Северној Кореји → Северна Кореја (north-korea)"],
    ["u Severnoj Koreji", "Severnoj Koreji → Severna Koreja (north-korea)"],
    ["из Уједињеног Краљевства", "Уједињеног Краљевства → Уједињено Краљевство (united-kingdom)"],
    ["са Сједињеним Америчким Државама", "Сједињеним Америчким Државама → Сједињене Америчке Државе (united-states)"],
    ["чланице Европске уније", "Европске уније → Европска унија (european-union)"],
    ["u Evropskoj uniji", "Evropskoj uniji → Evropska unija (european-union)"],
    ["резолуције Савета безбедности", "Савета безбедности → Савет безбедности (un-security-council)"],
    ["у Пекингу", "Пекингу → Пекинг (beijing)"],
    ["iz Pekinga", "Pekinga → Peking (beijing)"],
    ["у Москви", "Москви → Москва (moscow)"],
    ["у Пјонгјангу", "Пјонгјангу → Пјонгјанг (pyongyang)"],
    ["у Америци", "Америци → Америка (america)"],
    ["из Сиска", "Сиска → Сисак (sisak)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("sr", gazetteer, text)).toContain(expected));
});

describe("forms of names that no data file lists", () => {
  const mine = [entry("nord-stream", "policy", { sr: ["Северни ток", "Severni tok"] }), entry("zadar", "place", { sr: ["Задар"] })];
  const cases: [string, string][] = [
    ["изградња Северног тока", "Северног тока → Северни ток (nord-stream)"],
    ["o Severnom toku", "Severnom toku → Severni tok (nord-stream)"],
    ["у Задру", "Задру → Задар (zadar)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("sr", mine, text)).toEqual([expected]));
});

describe("words that must not match", () => {
  const cases: [string, string][] = [
    ["кимоно", "Ким is not the start of кимоно"],
    ["Кинез", "Кинез is no form of Кина"],
    ["кино и кина", "lowercase кина (of the cinema) is not China"],
    ["Ти си то рекао.", "си (you are) is not Xi"],
    ["пекиншка патка", "пекиншка is no form of Пекинг"],
    ["Московљанин", "Московљанин is no form of Москва"],
    ["Путинизам", "Путинизам is no form of Путин"],
    ["унија", "one word of a two-word name is no name"],
  ];
  for (const [text, why] of cases) test(`${text} (${why})`, () => expect(found("sr", gazetteer, text)).toEqual([]));
});

describe("transliteration of the rules", () => {
  test("endings", () => expect(["ci", "oj", "ju", "njem", "džom", "x"].map(toCyrillic)).toEqual(["ци", "ој", "ју", "њем", "џом", null]));
  test("title-case digraphs are one capital letter; an all-capital digraph is two", () =>
    expect(["Ljubljana", "Njegoš", "Džakarta", "LJ"].map(toCyrillic)).toEqual(["Љубљана", "Његош", "Џакарта", "ЛЈ"]));
  test("the same as the digraphs replaced, then each code point read, for any mix of letters and signs", () => {
    // The definition, written plainly: the module's version reads each word once and walks the string once.
    const reference = (latin: string): string | null => {
      let s = latin;
      for (const [from, to] of [["lj", "љ"], ["nj", "њ"], ["dž", "џ"]] as const) s = s.replaceAll(from, to).replaceAll(from[0]!.toUpperCase() + from.slice(1), to.toUpperCase());
      let out = "";
      for (const ch of s) {
        const lower = ch.toLowerCase();
        const mapped = ({ a: "а", b: "б", c: "ц", č: "ч", ć: "ћ", d: "д", đ: "ђ", e: "е", f: "ф", g: "г", h: "х", i: "и", j: "ј", k: "к", l: "л", m: "м", n: "н", o: "о", p: "п", r: "р", s: "с", š: "ш", t: "т", u: "у", v: "в", z: "з", ž: "ж" } as Record<string, string>)[lower];
        if (mapped !== undefined) out += ch === lower ? mapped : mapped.toUpperCase();
        else if (/\p{Script=Latin}/u.test(ch)) return null;
        else out += ch;
      }
      return out;
    };
    const pieces = ["l", "j", "n", "d", "ž", "Ž", "L", "J", "N", "D", "lj", "Lj", "nj", "dž", "Dž", "a", "Š", "đ", "x", "é", "ß", " ", "-", "(", "\\", "1", "ш", "Ђ", "😀", "\ud83d", "漢"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const word = parts.join("");
        expect(toCyrillic(word)).toBe(reference(word));
        expect(toCyrillic(word)).toBe(reference(word)); // and again, from the module's memory
      }),
      { numRuns: 2000 },
    );
  });
  test("trigger patterns keep their escapes", () => expect(patternToCyrillic("poset(a|u)(?= (u|\\p{L}+i))")).toBe("посет(а|у)(?= (у|\\p{L}+и))"));
});

describe("roles take the case of the sentence", () => {
  const ex = extractorFor(gazetteer);
  const date = "2024-06-19";
  test("a title phrase gives a position (Cyrillic)", () => {
    const r = ex.extract("Министар спољних послова Русије Сергеј Лавров допутовао је у Пјонгјанг.", { lang: "sr", date });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.role} ${x.attributes.roleText}`)).toContain(
      "position sergey-lavrov russia foreign minister Министар спољних послова",
    );
  });
  test("a title in the instrumental gives a position (Latin)", () => {
    const r = ex.extract("Sastao se sa ruskim predsednikom Vladimirom Putinom.", { lang: "sr", date });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.roleText}`)).toContain("position vladimir-putin russia predsednikom");
  });
  const descriptors: [string, string, string][] = [
    ["Кинески председник стигао је у Москву.", "Кинески председник", "xi-jinping"],
    ["Писмо севернокорејског лидера стигло је.", "севернокорејског лидера", "kim-jong-un"],
    ["Sastao se sa ruskim ministrom spoljnih poslova.", "ruskim ministrom spoljnih poslova", "sergey-lavrov"],
  ];
  for (const [text, span, entity] of descriptors) {
    test(text, () => {
      const m = ex.extract(text, { lang: "sr", date }).mentions.find((x) => x.text === span);
      expect(m?.entity).toBe(entity);
      expect(m?.form).toBe("descriptor");
    });
  }
});

describe("a trigger for each relation type", () => {
  const ex = extractorFor(gazetteer);
  const date = "2024-06-19";
  const cases: [string, string][] = [
    ["Си Ђинпинг састао се са Ким Џонг Уном у Пекингу.", "meeting kim-jong-un xi-jinping"],
    ["Путин и Ким Џонг Ун разговарали су у Пјонгјангу.", "meeting kim-jong-un vladimir-putin"],
    ["Si Đinping je čestitao Vladimiru Putinu.", "message xi-jinping vladimir-putin congratulations"],
    ["Владимир Путин послао је писмо Ким Џонг Уну.", "message vladimir-putin kim-jong-un letter"],
    ["Ким Џонг Ун присуствовао је војној паради.", "attendance kim-jong-un victory-day-parade"],
    ["Северна Кореја подржава Русију.", "support north-korea russia"],
    ["Kim Džong Un je izrazio podršku Moskvi.", "support kim-jong-un russia"],
    ["Кина и Русија договориле су јачање сарадње.", "cooperation china russia"],
    ["Си Ђинпинг похвалио је Северну Кореју.", "praise xi-jinping north-korea"],
    ["Владимир Путин посетио је Пјонгјанг.", "visit vladimir-putin pyongyang"],
    ["Vladimir Putin je doputovao u Pjongjang.", "visit vladimir-putin pyongyang"],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const r = ex.extract(text, { lang: "sr", date });
      expect(r.relations.map((x) => [x.type, x.subject, x.object, x.attributes.kind].filter(Boolean).join(" "))).toContain(expected);
    });
  }
  test("support each other holds both ways", () => {
    const r = ex.extract("Русија и Северна Кореја узајамно се подржавају.", { lang: "sr", date });
    const pairs = r.relations.filter((x) => x.type === "support").map((x) => `${x.subject} ${x.object}`);
    expect(pairs).toEqual(expect.arrayContaining(["russia north-korea", "north-korea russia"]));
  });
});

describe("acts still to come are no relations", () => {
  const ex = extractorFor(gazetteer);
  const cases: [string, string][] = [
    ["Putin je pozvao Kima da poseti Rusiju.", "an invitation is no visit"],
    ["Путин је позвао Кима да посети Русију.", "an invitation is no visit (Cyrillic)"],
    ["Putin će u sredu prisustvovati vojnoj paradi.", "the future: an infinitive after će"],
    ["Си Ђинпинг ће се сутра састати са Путином.", "the future: an infinitive after ће"],
    ["Kim Džong Un planira da poseti Pjongjang.", "a plan"],
  ];
  for (const [text, why] of cases) test(`${text} (${why})`, () => expect(ex.extract(text, { lang: "sr", date: "2025-09-03" }).relations.filter((r) => r.type !== "position")).toEqual([]));
  test("the same verbs in the past are relations", () => {
    const r = ex.extract("Putin je prisustvovao vojnoj paradi. Kim Džong Un je posetio Rusiju.", { lang: "sr", date: "2025-09-03" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toEqual(["attendance vladimir-putin victory-day-parade", "visit kim-jong-un russia"]);
  });
});

describe("sentences", () => {
  test("ordinals and abbreviations do not end sentences", () => {
    const r = extractorFor(gazetteer).extract("Ким Џонг Ун је 3. септембра, тзв. Дан победе, посетио Пекинг. Затим се вратио.", { lang: "sr" });
    expect(r.sentences.length).toBe(2);
  });
});

describe("the bundled gazetteer, in both scripts", () => {
  const cases: [string, string[]][] = [
    ["Састанак је одржан у Пекингу.", ["Пекингу (beijing)"]],
    ["Ким је боравио у Кини, а затим у Русији.", ["Ким (kim-jong-un)", "Кини (china)", "Русији (russia)"]],
    ["Делегација Северне Кореје допутовала је у Пјонгјанг.", ["Северне Кореје (north-korea)", "Пјонгјанг (pyongyang)"]],
    ["Кинеска агенција Синхуа јавила је вест.", ["Кинеска (china)", "Синхуа (xinhua-news-agency)"]],
    ["годишњица победе у Другом светском рату", ["Другом светском рату (world-war-ii)"]],
    ["председник Србије Александар Вучић", ["Србије (serbia)", "Александар Вучић (aleksandar-vucic)"]],
    ["Delegacija Severne Koreje doputovala je u Peking.", ["Severne Koreje (north-korea)", "Peking (beijing)"]],
    ["Sastanak sa Vladimirom Putinom u Moskvi", ["Vladimirom Putinom (vladimir-putin)", "Moskvi (moscow)"]],
    ["Сједињене Америчке Државе и Европска унија", ["Сједињене Америчке Државе (united-states)", "Европска унија (european-union)"]],
  ];
  for (const [text, expected] of cases) test(text, () => expect(foundBundled("sr", text)).toEqual(expected));
  test("a Serbian article names the president of Serbia and the prime minister of Slovakia", () => {
    const r = extract("Паради су присуствовали председник Србије Александар Вучић и словачки премијер Роберт Фицо.", { lang: "sr", date: "2025-09-03" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toEqual(expect.arrayContaining(["position aleksandar-vucic serbia", "position robert-fico slovakia"]));
  });
});

describe("relation words in Latin script", () => {
  const relations = (text: string) => extract(text, { lang: "sr", date: "2025-09-04" }).relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
  test("the agency that reports is no party ('javila je agencija Sinhua')", () =>
    expect(relations("Si Đinping se sastao sa Kim Džong Unom, javila je agencija Sinhua.")).toEqual(["meeting kim-jong-un xi-jinping"]));
  test("'dvojica lidera' are the two people just named", () =>
    expect(relations("Si Đinping je dočekao Putina u Pekingu. Dvojica lidera su razgovarala.")).toContain("meeting vladimir-putin xi-jinping"));
});

describe("thanks are praise, of what comes before what is said", () => {
  const relations = (text: string) => extract(text, { lang: "sr", date: "2025-04-28" }).relations.filter((r) => r.type === "praise").map((r) => `${r.subject} ${r.object}`);
  test.each([
    ["Руски председник Владимир Путин захвалио је истог дана Киму Џонг Уну и севернокорејском народу.", ["vladimir-putin kim-jong-un", "vladimir-putin north-korea"]],
    ["Vladimir Putin zahvalio je Kim Džong Unu.", ["vladimir-putin kim-jong-un"]],
    ["Ким Џонг Ун је захвалио домаћину на гостопримству и поручио да се пријатељство Пјонгјанга и Пекинга неће променити.", []],
    ["Zahvaljujući podršci Rusije, Kim Džong Un je stigao u Moskvu.", []],
  ])("%s", (text, expected) => expect(relations(text)).toEqual(expected));
});
