import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../support/paths";

interface SchemaCase {
  description: string;
  valid: boolean;
  data: unknown;
}

/**
 * A valid example message from the schema cases (tests/schemas/cases/<kind>.cases.json), deep
 * copied so a test may change it.
 *
 * @example const outcome = schemaExample<OrderSuccessOutcome>("outcome-success", "an accepted order from SQS");
 */
export function schemaExample<T>(kind: string, description: string): T {
  const cases: SchemaCase[] = JSON.parse(
    readFileSync(join(repoRoot, "tests", "schemas", "cases", `${kind}.cases.json`), "utf8"),
  );
  const found = cases.find((c) => c.valid && c.description === description);
  if (!found) throw new Error(`no valid case "${description}" in ${kind}.cases.json`);
  return structuredClone(found.data) as T;
}
