import { expect, test } from "vitest";
import { tableMap } from "../src/table-map.js";

test("tableMap reads every key of its table and nothing else", () => {
  const map = tableMap({ name: 0.95, short: 0.85, "head of state": "president" });
  expect([...map]).toEqual([["name", 0.95], ["short", 0.85], ["head of state", "president"]]);
  expect(map.get("role" as never)).toBeUndefined();
});
