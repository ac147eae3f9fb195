import { writeFileSync } from "node:fs";

/** Writes a child's result where its parent reads it (see runChild). */
export function reportResult(result: unknown): void {
  const file = process.env.BENCH_RESULT_FILE;
  if (!file)
    throw new Error(
      "BENCH_RESULT_FILE is not set: run this through bench/lib/children.ts runChild()",
    );
  writeFileSync(file, JSON.stringify(result));
}
