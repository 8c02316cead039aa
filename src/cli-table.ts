/** The `--format table` output of the CLI: mentions and relations as aligned text. */
import type { Extraction } from "communique";

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? "")].length)));
  return rows.map((r) => r.map((cell, c) => cell + " ".repeat(widths[c]! - [...cell].length)).join("  ").trimEnd()).join("\n");
}

/**
 * Renders one result as text tables.
 * @example formatTable("a.txt", extract(text))
 */
export function formatTable(file: string, result: Extraction): string {
  const lines = [`# ${file}  lang=${result.lang}  date=${result.date ?? "-"}  sentences=${result.sentences.length}`, ""];
  const mentionRows = [["start", "end", "text", "type", "entity", "form", "base/value"]];
  for (const m of result.mentions) {
    mentionRows.push([String(m.start), String(m.end), m.text.replace(/\s+/g, " "), m.type, m.entity ?? "-", m.form, m.value ?? m.base ?? ""]);
  }
  lines.push(pad(mentionRows), "");
  if (result.relations.length > 0) {
    const relRows = [["type", "subject", "object", "attributes", "trigger"]];
    for (const r of result.relations) {
      const attrs = Object.entries(r.attributes).map(([k, v]) => `${k}=${v}`).join(" ");
      relRows.push([r.type, r.subject, r.object, attrs, r.trigger?.text ?? ""]);
    }
    lines.push(pad(relRows), "");
  }
  return lines.join("\n") + "\n";
}
