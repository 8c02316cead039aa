import { expect, test } from "vitest";
import { buildPositionIndex, canonicalRole, holderOf, isLeader } from "../../src/resolve/positions.js";
import type { GazetteerEntry } from "../../src/schema/gazetteer.js";

const entries: GazetteerEntry[] = [
  { id: "hu-jintao", type: "person", name: "Hu Jintao", aliases: {}, positions: [{ role: "president", of: "china", from: "2003-03-15", to: "2013-03-14" }] },
  { id: "xi-jinping", type: "person", name: "Xi Jinping", aliases: {}, positions: [{ role: "president", of: "china", from: "2013-03-14" }, { role: "leader", of: "china", from: "2012-11-15" }] },
  { id: "li-qiang", type: "person", name: "Li Qiang", aliases: {}, positions: [{ role: "premier", of: "china", from: "2023-03-11" }] },
  { id: "china", type: "country", name: "China", aliases: {} },
];
const index = buildPositionIndex(entries);

test.each([
  ["president", "china", "2010-06-01", 0],
  ["president", "china", "2025-09-05", 1],
  ["president", "china", "2013-03-14", -1], // the handover day: two holders, no answer
  ["president", "china", null, 1],
  ["prime minister", "china", "2024-01-01", 2],
  ["premier", "china", "2020-01-01", -1],
  ["president", "russia", "2025-01-01", -1],
] as const)("holderOf(%s, %s, %s) = %i", (role, of, date, expected) => expect(holderOf(index, role, of, date)).toBe(expected));

test("canonical roles and leaders", () => {
  expect(canonicalRole("Prime Minister")).toBe("premier");
  expect([isLeader(index, 1, "2025-01-01"), isLeader(index, 1, "2010-01-01"), isLeader(index, 0, "2010-01-01")]).toEqual([true, false, false]);
});
