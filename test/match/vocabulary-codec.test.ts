/**
 * The precompiled vocabulary (src/match/vocabulary.generated.ts) is what compiling the
 * default gazetteer gives now. Regenerate with `npx tsx scripts/build-vocabulary.ts`
 * (`npm run build` does) and read the diff.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { defaultGazetteer } from "../../src/gazetteer/default.js";
import { builtinLanguages } from "../../src/lang/index.js";
import { encodeVocabularyModule, namesFingerprint, precompiledVocabulary } from "../../src/match/vocabulary-codec.js";
import { buildVocabulary, compileNames, pendingNames, recordsAt, type Vocabulary } from "../../src/match/vocabulary.js";

const names = pendingNames(defaultGazetteer, builtinLanguages);

function edgesOf(vocab: Vocabulary): string[] {
  const out: string[] = [];
  vocab.edges.forEach((node, word, child) => out.push(`${node}/${word}→${child}`));
  return out.sort();
}

describe("precompiled vocabulary", () => {
  test("the generated file is current", () => {
    const file = readFileSync(join(import.meta.dirname, "..", "..", "src", "match", "vocabulary.generated.ts"), "utf8");
    expect(file, "run `npx tsx scripts/build-vocabulary.ts`").toBe(encodeVocabularyModule(names, defaultGazetteer));
  });

  test("the default gazetteer's vocabulary is read from it and equals the compiled one", () => {
    const read = precompiledVocabulary(names, defaultGazetteer);
    expect(read).not.toBeNull();
    const compiled = compileNames(names, defaultGazetteer).vocab;
    // Records are made when a node is first reached: every node's, read here, equal the compiled ones.
    expect(read!.terminals.every((t) => t === undefined)).toBe(true);
    const readRecords = Array.from({ length: read!.nodeCount }, (_, node) => recordsAt(read!, node));
    const compiledRecords = Array.from({ length: compiled.nodeCount }, (_, node) => recordsAt(compiled, node));
    expect(readRecords.filter(Boolean).length).toBeGreaterThan(4000);
    expect(readRecords).toEqual(compiledRecords);
    expect(recordsAt(read!, 1)).toBe(recordsAt(read!, 1));
    const { edges: _a, entries: _b, unread: _u, ...readRest } = read!;
    const { edges: _c, entries: _d, unread: _v, ...compiledRest } = compiled;
    expect(readRest).toEqual(compiledRest);
    expect(edgesOf(read!)).toEqual(edgesOf(compiled));
  });

  test("an edited name is compiled, not read from the file", () => {
    const edited = { ...names, name: names.name.map((n, i) => (i === 0 ? `${n} Jr.` : n)) };
    expect(namesFingerprint(edited)).not.toBe(namesFingerprint(names));
    expect(precompiledVocabulary(edited, defaultGazetteer)).toBeNull();
    const gazetteer = defaultGazetteer.map((e, i) => (i === 0 ? { ...e, aliases: { ...e.aliases, en: ["Somebody Else"] } } : e));
    expect(buildVocabulary(gazetteer, builtinLanguages).wordIds.has("somebody")).toBe(true);
  });
});
