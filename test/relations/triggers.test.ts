/**
 * The trigger compiler: patterns are lowercased and matched against lowercased text,
 * and each pattern's groups are counted without compiling it.
 */
import { describe, expect, test } from "vitest";
import { builtinLanguages } from "../../src/lang/index.js";
import { compileTriggers, countGroups, findTriggers, lowerText, lowercaseSource } from "../../src/relations/triggers.js";

describe("lowercase matching", () => {
  test("lowerText keeps every offset", () => {
    for (const text of ["KCNA: Kim Jong Un", "İSTANBUL — Erdoğan", "ПУТИН встретился", "Ärger ẞ Ω K", "𐐀 astral"]) {
      expect(lowerText(text).length).toBe(text.length);
    }
    expect(lowerText("İstanbul")).toBe("istanbul");
  });
  test("lowercaseSource lowers literals and keeps escapes", () => {
    expect(lowercaseSource("Teilnahme(?=\\s(?:des|der|von|vom)\\b)")).toBe("teilnahme(?=\\s(?:des|der|von|vom)\\b)");
    expect(lowercaseSource("\\S+\\P{L}\\p{Lu}[A-Z]\\u0130\\u{1F600}\\x41\\cJ")).toBe("\\S+\\P{L}\\p{Lu}[a-z]\\u0130\\u{1F600}\\x41\\cJ");
  });
  test("a trigger in capitals is found, and its text is the text as written", () => {
    const en = builtinLanguages.find((p) => p.code === "en")!;
    const text = "XI JINPING HELD TALKS WITH KIM JONG UN.";
    const [t] = findTriggers(compileTriggers(en), text, 0, text.length);
    expect(t?.type).toBe("meeting");
    expect(t?.text).toBe(text.slice(t!.start, t!.end));
    expect(t?.text).toMatch(/^[A-Z ]+$/);
  });
});

describe("countGroups", () => {
  test("examples", () => {
    expect(countGroups("(a|(?:b))(?<x>c)\\(")).toBe(2);
    expect(countGroups("[(](?=x)(?!y)(?<=z)(?<!w)")).toBe(0);
    expect(countGroups("[\\]()](d)")).toBe(1);
  });
  test("every pattern of every pack has the groups its compiled RegExp has", () => {
    for (const pack of builtinLanguages) {
      for (const patterns of Object.values(pack.triggers ?? {})) {
        for (const { pattern } of patterns ?? []) {
          const source = lowercaseSource(pattern.trim().replace(/ +/g, "\\s+"));
          expect(countGroups(source), `${pack.code}: ${pattern}`).toBe(new RegExp(`${source}|`, "u").exec("")!.length - 1);
        }
      }
    }
  });
});
