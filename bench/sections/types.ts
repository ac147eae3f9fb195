/** One row of the printed table. */
export interface TableRow {
  measure: string;
  ours: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: boolean | null;
}

/** What a benchmark section hands back: its keys for latest.json and its rows for the table. */
export interface SectionResult {
  metrics: Record<string, number | string | boolean | null | number[] | Record<string, number>>;
  rows: TableRow[];
  notes: string[];
}

/** Formats a number for the table: thousands separated, `digits` decimals. */
export function fmt(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "n/a";
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
