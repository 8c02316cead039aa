/**
 * Golden files: the full output for every seed, serialised deterministically
 * (2-space JSON, trailing newline). `npm run test:update` rewrites them; read the
 * diff before committing — a golden file is an expectation, not a recording.
 */
import { join } from "node:path";
import { expect, test } from "vitest";
import { extract } from "../src/index.js";
import { ROOT, loadSeeds } from "./support/seeds.js";

for (const { name, text } of loadSeeds()) {
  test(`golden ${name}`, async () => {
    const json = JSON.stringify(extract(text), null, 2) + "\n";
    await expect(json).toMatchFileSnapshot(join(ROOT, "fixtures", "golden", `${name}.json`));
  });
}
