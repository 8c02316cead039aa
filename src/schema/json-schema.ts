/** The JSON Schema of the result, generated from the zod schema. */
import * as z from "zod/mini";
import { ExtractionSchema } from "./result.js";

/**
 * The JSON Schema (draft 2020-12) of `Extraction`.
 * @example resultJsonSchema().properties.mentions.type === "array"
 */
export function resultJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://npmjs.com/package/communique/schema.json",
    title: "communique Extraction",
    ...z.toJSONSchema(ExtractionSchema, { target: "draft-2020-12" }),
  };
}
