/** Tables for the terminal and for RESULTS.md from the same rows. */

export type Row = (string | number)[];

/** A GitHub-flavoured Markdown table; the first column is a label, the others are figures (right-aligned). */
export function markdownTable(header: string[], rows: Row[]): string {
  const align = header.map((_, i) => (i === 0 ? "---" : "---:"));
  const line = (cells: Row) => `| ${cells.map(String).join(" | ")} |`;
  return [line(header), line(align), ...rows.map(line)].join("\n");
}

/** A plain aligned table for the terminal, laid out like `markdownTable`. */
export function textTable(header: string[], rows: Row[]): string {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  "))
    .join("\n");
}

/** A figure with sensible significant digits: 1234 -> "1234", 12.34 -> "12.3", 0.1234 -> "0.123". */
export function fmt(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "–";
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

/** A ratio as "1.52×". */
export function ratio(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "–" : `${fmt(value)}×`;
}
