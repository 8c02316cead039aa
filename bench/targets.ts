/** The issue's targets, checked and printed; a miss is reported, never a failed process. */
import { fmt } from "./table.js";

export interface TargetCheck {
  target: string;
  required: string;
  measured: string;
  /** null: could not be checked (a tool was not run, dist/ not built). */
  pass: boolean | null;
}

export function verdict(pass: boolean | null): string {
  return pass === null ? "n/a" : pass ? "PASS" : "FAIL";
}

/** `measured ≥ factor × reference`, described for the report. */
export function atLeast(target: string, measured: number | undefined, factor: number, reference: number | undefined, unit: string, referenceName: string): TargetCheck {
  if (measured === undefined || reference === undefined) {
    const required = `≥ ${factor} × ${referenceName}${reference === undefined ? ` (${referenceName} not measured)` : ""}`;
    return { target, required, measured: measured === undefined ? "not measured" : `${fmt(measured)} ${unit}`, pass: null };
  }
  return {
    target,
    required: `≥ ${fmt(factor * reference)} ${unit} (${factor} × ${fmt(reference)})`,
    measured: `${fmt(measured)} ${unit} (${fmt(measured / reference)} × ${referenceName})`,
    pass: measured >= factor * reference,
  };
}

/** `measured ≤ limit`. */
export function atMost(target: string, measured: number | undefined, limit: number, unit: string): TargetCheck {
  return {
    target,
    required: `≤ ${fmt(limit)} ${unit}`,
    measured: measured === undefined ? "not measured" : `${fmt(measured)} ${unit}`,
    pass: measured === undefined ? null : measured <= limit,
  };
}

/** The same checks with the reason communique was not measured (e.g. dist/ not built) in place of "not measured". */
export function explainMissing(checks: TargetCheck[], reason: string | undefined): TargetCheck[] {
  return reason === undefined ? checks : checks.map((c) => (c.measured === "not measured" ? { ...c, measured: reason } : c));
}

export const TARGET_HEADER = ["target", "required", "measured", "verdict"];
export function targetRows(checks: TargetCheck[]): string[][] {
  return checks.map((c) => [c.target, c.required, c.measured, verdict(c.pass)]);
}
