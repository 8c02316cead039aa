import fc from "fast-check";
import { expect, test } from "vitest";
import { ExtractOptionsSchema, plainOptions } from "../../src/schema/options.js";

const langs = fc.oneof(fc.constantFrom("pl", "bg", "en", "zh", "PL", "p", "pol", "p1", "", " pl", "pl\n"), fc.string({ maxLength: 3 }));
const dates = fc.oneof(
  fc.constantFrom("2025-09-04", "2024-02-29", "2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31", "2025-4-3", "25-09-04", "2025-09-04T00:00", "0000-01-01"),
  fc.date({ min: new Date("0100-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);
const value = (strings: fc.Arbitrary<string>) => fc.oneof(strings, fc.constant(undefined), fc.integer(), fc.constant(null));
const options = fc.record(
  { lang: value(langs), date: value(dates), other: fc.constant(1) },
  { requiredKeys: [] },
);

test("plainOptions accepts exactly the plain options the schema accepts, with the same values", () => {
  fc.assert(
    fc.property(options, (o) => {
      const zod = ExtractOptionsSchema.safeParse(o);
      const plain = plainOptions(o);
      if (plain) {
        expect(zod.success).toBe(true);
        expect(plain.lang).toBe(zod.data!.lang);
        expect(plain.date).toBe(zod.data!.date);
      } else if (zod.success) {
        // What the schema accepts and plainOptions leaves to it is not a plain object of lang and date strings.
        expect("other" in o || Object.getPrototypeOf(o) !== Object.prototype).toBe(true);
      }
    }),
    { numRuns: 2000 },
  );
});

test("plainOptions leaves to the schema what is not a plain object of lang and date", () => {
  const inherited = Object.create({ lang: "pl" }) as object;
  class Options {
    lang = "pl";
  }
  for (const o of [inherited, new Options(), { lang: "pl", extra: true }, Object.assign(Object.create(null), { lang: "pl" })]) expect(plainOptions(o)).toBeUndefined();
  expect(plainOptions({})).toEqual({ lang: undefined, date: undefined });
  expect(plainOptions({ date: "2024-02-29", lang: "uk" })).toEqual({ lang: "uk", date: "2024-02-29" });
});
