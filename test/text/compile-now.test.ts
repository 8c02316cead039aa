import { describe, expect, it } from "vitest";
import { compileNow } from "../../src/text/compile-now.js";

/** Every match of a global RegExp in `text`, as [index, text]. */
function matchesOf(regex: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) out.push([m.index, m[0]]);
  return out;
}

describe("compileNow", () => {
  const source = "(?<![\\p{L}\\p{M}\\p{N}])(?:met|held talks|срещна|spotkał)(?![\\p{L}\\p{M}\\p{N}])";
  const texts = ["Xi met Kim.", "Си Дзинпин се срещна с Ким Чен Ун.", "Xi spotkał się z Kimem; they met again and held talks.", "", "metal, unmet"];

  it("returns the same RegExp with lastIndex 0, whatever the text it was given", () => {
    for (const like of ["", "short", "Си Дзинпин", "x".repeat(5000), "Пекин ".repeat(400)]) {
      const regex = /met/gu;
      regex.lastIndex = 7;
      expect(compileNow(regex, like)).toBe(regex);
      expect(regex.lastIndex).toBe(0);
    }
  });

  it("leaves every match as it was (global RegExp, one- and two-byte texts)", () => {
    for (const like of ["", "Xi met Kim", "Си Дзинпин се срещна", "a".repeat(2000), "Ким ".repeat(300)]) {
      const fresh = new RegExp(source, "gu");
      const warmed = compileNow(new RegExp(source, "gu"), like);
      for (const text of texts) expect(matchesOf(warmed, text)).toEqual(matchesOf(fresh, text));
    }
  });

  it("keeps a sticky RegExp sticky: it matches only where lastIndex points", () => {
    const regex = compileNow(/\d{1,2} (?:września|септември)/uy, "date 2025-09-05 ".repeat(10));
    regex.lastIndex = 3;
    expect(regex.exec("on 4 września 2025")?.[0]).toBe("4 września");
    regex.lastIndex = 0;
    expect(regex.exec("on 4 września 2025")).toBeNull();
  });

  it("leaves a RegExp that matches its warm-up subject unchanged", () => {
    // The subject is the text itself: a match there is thrown away, lastIndex reset.
    const regex = compileNow(/kim/giu, "Kim ".repeat(500));
    expect(regex.lastIndex).toBe(0);
    expect(matchesOf(regex, "Xi and Kim, Kim")).toEqual([
      [7, "Kim"],
      [12, "Kim"],
    ]);
  });
});
