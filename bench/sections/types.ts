/** One row of the printed table. */
export interface TableRow {
  measure: string;
  ours: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: boolean | null;
}

/** A value latest.json can hold. */
export type JsonValue =
  | number
  | string
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** A table of its own, printed after the main one (the power table). */
export interface ExtraTable {
  title: string;
  header: string[];
  rows: string[][];
}

/** What a benchmark section hands back: its keys for latest.json and its rows for the table. */
export interface SectionResult {
  metrics: Record<string, JsonValue>;
  rows: TableRow[];
  notes: string[];
  tables?: ExtraTable[];
}

/** Formats a number for the table: thousands separated, `digits` decimals. */
export function fmt(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "n/a";
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
