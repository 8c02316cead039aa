/**
 * The Bulgarian pack: articled forms of names (from base-form gazetteer
 * entries only), words that must not match, roles and relation triggers.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { entry, found } from "../support/packs.js";

const gazetteer = [
  entry("cpc-central-committee", "organization", { bg: ["Централен комитет на Комунистическата партия на Китай"] }),
  entry("workers-party-of-korea", "party", { bg: ["Корейска работническа партия"] }),
  entry("korean-peninsula", "place", { bg: ["Корейски полуостров"] }),
  entry("united-nations", "organization", { bg: ["Организация на обединените нации"] }),
  entry("european-union", "organization", { bg: ["Европейски съюз"] }),
  entry("victory-day", "event", { bg: ["Ден на победата"] }),
  entry("world-war-ii", "event", { bg: ["Втора световна война"] }),
  entry("sea-of-japan", "place", { bg: ["Японско море"] }),
  entry("united-states", "country", { bg: ["Съединени щати"] }),
  entry("white-house", "place", { bg: ["Бял дом"] }),
  entry("community", "policy", { bg: ["общност със споделено бъдеще за човечеството"] }),
  entry("general-assembly", "organization", { bg: ["Общо събрание на ООН"] }),
  entry("china", "country", { bg: ["Китай"] }, { adjectives: { bg: ["китайски"] } }),
  entry("xi-jinping", "person", { bg: ["Си Дзинпин"] }, { short: { bg: ["Си"] } }),
  entry("li-qiang", "person", { bg: ["Ли Цян"] }, { short: { bg: ["Ли"] } }),
  entry("brexit", "event", { bg: ["Брекзит"] }),
  entry("conservatives", "party", { bg: ["консерватори"] }),
];

describe("Bulgarian names with the definite article", () => {
  const cases: [string, string][] = [
    ["на Централния комитет на Комунистическата партия на Китай", "Централния комитет на Комунистическата партия на Китай → Централен комитет на Комунистическата партия на Китай (cpc-central-committee)"],
    ["Централният комитет на Комунистическата партия на Китай реши", "Централният комитет на Комунистическата партия на Китай → Централен комитет на Комунистическата партия на Китай (cpc-central-committee)"],
    ["на Корейската работническа партия", "Корейската работническа партия → Корейска работническа партия (workers-party-of-korea)"],
    ["на Корейския полуостров", "Корейския полуостров → Корейски полуостров (korean-peninsula)"],
    ["Корейският полуостров е", "Корейският полуостров → Корейски полуостров (korean-peninsula)"],
    ["като Организацията на обединените нации", "Организацията на обединените нации → Организация на обединените нации (united-nations)"],
    ["от Европейския съюз", "Европейския съюз → Европейски съюз (european-union)"],
    ["Европейският съюз реши", "Европейският съюз → Европейски съюз (european-union)"],
    ["за Деня на победата", "Деня на победата → Ден на победата (victory-day)"],
    ["Денят на победата е", "Денят на победата → Ден на победата (victory-day)"],
    ["във Втората световна война", "Втората световна война → Втора световна война (world-war-ii)"],
    ["в Японското море", "Японското море → Японско море (sea-of-japan)"],
    ["Съединените щати", "Съединените щати → Съединени щати (united-states)"],
    ["от Белия дом", "Белия дом → Бял дом (white-house)"],
    ["Общото събрание на ООН", "Общото събрание на ООН → Общо събрание на ООН (general-assembly)"],
    ["на китайското събиране", "китайското → китайски (china)"],
    ["китайската страна", "китайската → китайски (china)"],
    ["китайския лидер", "китайския → китайски (china)"],
    ["Брекзитът", "Брекзитът → Брекзит (brexit)"],
    ["след Брекзита", "Брекзита → Брекзит (brexit)"],
    ["консерваторите", "консерваторите → консерватори (conservatives)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("bg", gazetteer, text)).toContain(expected));
});

describe("forms of names that no data file lists", () => {
  const mine = [entry("european-commission", "organization", { bg: ["Европейска комисия"] }), entry("supreme-court", "organization", { bg: ["Върховен касационен съд"] })];
  const cases: [string, string][] = [
    ["решение на Европейската комисия", "Европейската комисия → Европейска комисия (european-commission)"],
    ["Върховният касационен съд отмени", "Върховният касационен съд → Върховен касационен съд (supreme-court)"],
    ["пред Върховния касационен съд", "Върховния касационен съд → Върховен касационен съд (supreme-court)"],
  ];
  for (const [text, expected] of cases) test(text, () => expect(found("bg", mine, text)).toEqual([expected]));
});

describe("words that must not match", () => {
  const cases: [string, string][] = [
    ["Той си купи кола.", "си is a pronoun"],
    ["Дали ще дойде ли?", "ли is a particle"],
    ["китайка", "китайка is no form of китайски"],
    ["Пекинската патица", "Пекинската is no form of Пекин"],
  ];
  const withBeijing = [...gazetteer, entry("beijing", "place", { bg: ["Пекин"] })];
  for (const [text, why] of cases) test(`${text} (${why})`, () => expect(found("bg", withBeijing, text)).toEqual([]));
  test("a capitalised Си at a sentence start is no Xi when Xi is not named", () => {
    expect(found("bg", gazetteer, "Си купих книга.")).toEqual(["Си → Си (null)"]);
  });
  test("Си is Xi once Xi Jinping is named", () => {
    expect(found("bg", gazetteer, "Си Дзинпин пристигна. Си заяви.")).toEqual(["Си Дзинпин → Си Дзинпин (xi-jinping)", "Си → Си (xi-jinping)"]);
  });
});

describe("roles take the article", () => {
  const date = "2025-09-05";
  const cases: [string, string, string][] = [
    ["Китайският президент пристигна.", "Китайският президент", "xi-jinping"],
    ["Лавров се срещна с президента на Русия.", "президента на Русия", "vladimir-putin"],
    ["Министърът на външните работи на Русия заяви.", "Министърът на външните работи на Русия", "sergey-lavrov"],
    ["севернокорейския ръководител", "севернокорейския ръководител", "kim-jong-un"],
  ];
  for (const [text, span, entity] of cases) {
    test(text, () => {
      const m = extract(text, { lang: "bg", date }).mentions.find((x) => x.text === span);
      expect(m?.entity).toBe(entity);
      expect(m?.form).toBe("descriptor");
    });
  }
  test("генералния секретар is a title", () => {
    const r = extract("Речта на генералния секретар на ККП Си Дзинпин.", { lang: "bg", date });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object} ${x.attributes.roleText}`)).toContain(
      "position xi-jinping communist-party-of-china генералния секретар",
    );
  });
});

describe("a trigger for each relation type", () => {
  const date = "2025-09-05";
  const cases: [string, string][] = [
    ["Си Дзинпин проведе разговори с Ким Чен Ун в Пекин.", "meeting kim-jong-un xi-jinping"],
    ["Ким Чен Ун се срещна с Владимир Путин.", "meeting kim-jong-un vladimir-putin"],
    ["Си Дзинпин изпрати поздравително писмо на Ким Чен Ун.", "message xi-jinping kim-jong-un"],
    ["Ким Чен Ун присъства на 80-годишнина от победата.", "attendance kim-jong-un 80th-anniversary-of-victory-in-world-war-ii"],
    ["КНДР подкрепя Китай.", "support north-korea china"],
    ["Китай и КНДР ще засилят координацията.", "cooperation china north-korea"],
    ["Ким заяви, че КНДР оценява позицията на Китай.", "praise north-korea china"],
    ["Владимир Путин пристигна в Пхенян.", "visit vladimir-putin pyongyang"],
    ["Путин посрещна Ким Чен Ун на космодрума Восточни.", "meeting kim-jong-un vladimir-putin"],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const r = extract(text, { lang: "bg", date });
      expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toContain(expected);
    });
  }
  test("support each other holds both ways", () => {
    const r = extract("Китай и КНДР са добри съседи и се подкрепят взаимно.", { lang: "bg", date });
    const pairs = r.relations.filter((x) => x.type === "support").map((x) => `${x.subject} ${x.object}`);
    expect(pairs).toEqual(expect.arrayContaining(["china north-korea", "north-korea china"]));
  });
  test("an invitation to visit is no visit", () => {
    const r = extract("Ким Чен Ун покани Путин да посети Северна Корея в удобно за него време.", { lang: "bg", date });
    expect(r.relations.filter((x) => x.type === "visit")).toEqual([]);
  });
  test("прие решение is no meeting", () => {
    const r = extract("Путин прие решение за визита на Ким Чен Ун.", { lang: "bg", date });
    expect(r.relations.filter((x) => x.type === "meeting")).toEqual([]);
  });
});

describe("the Vostochny cosmodrome with its article", () => {
  test("космодрума Восточни", () => {
    const m = extract("Срещата беше на космодрума Восточни.", { lang: "bg", date: "2023-09-13" }).mentions;
    expect(m.map((x) => `${x.text} ${x.entity}`)).toContain("космодрума Восточни vostochny-cosmodrome");
  });
});

describe("a counterpart with the possessive clitic", () => {
  test("'китайския си колега Ван И' is the partner; China is the counterpart's country, no party", () => {
    const r = extract("По-рано през деня Лавров проведе разговори с китайския си колега Ван И.", { lang: "bg", date: "2024-04-09" });
    expect(r.relations.map((x) => `${x.type} ${x.subject} ${x.object}`)).toEqual(["meeting sergey-lavrov wang-yi"]);
  });
});

describe("a square named in quotes", () => {
  test("'площад „Ким Ир Сен“' is the square, not the person; 'двамата лидери' are Putin and Kim Jong Un", () => {
    const text = "Путин пристигна в Пхенян, където го посрещна Ким Чен Ун. Церемонията се състоя на площад „Ким Ир Сен“. След това двамата лидери проведоха разговори.";
    const r = extract(text, { lang: "bg", date: "2024-06-19" });
    expect(r.mentions.map((x) => `${x.text} ${x.entity}`)).toContain("площад „Ким Ир Сен“ kim-il-sung-square");
    expect(r.mentions.map((x) => x.entity)).not.toContain("kim-il-sung");
    expect(r.relations.filter((x) => x.type === "meeting").map((x) => `${x.subject} ${x.object}`)).toEqual(["kim-jong-un vladimir-putin"]);
  });
});
