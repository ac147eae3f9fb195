import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validate } from "../../lib/validation";
import { repoRoot } from "../support/paths";
import {
  singleModuleValidatorForKind,
  validatedKinds,
  validatorForKind,
} from "../support/validators";

interface SchemaCase {
  description: string;
  valid: boolean;
  data: unknown;
  error?: { pointer: string };
}

const casesDir = join(repoRoot, "tests", "schemas", "cases");

function loadCases(kind: string): SchemaCase[] {
  return JSON.parse(readFileSync(join(casesDir, `${kind}.cases.json`), "utf8"));
}

describe.each(validatedKinds)("schema %s", (kind) => {
  it("has example files with valid and invalid cases", () => {
    expect(existsSync(join(casesDir, `${kind}.cases.json`))).toBe(true);
    const cases = loadCases(kind);
    expect(cases.some((c) => c.valid)).toBe(true);
    expect(cases.some((c) => !c.valid)).toBe(true);
    for (const c of cases.filter((x) => !x.valid))
      expect(c.error?.pointer, c.description).toBeTypeOf("string");
  });

  const cases = existsSync(join(casesDir, `${kind}.cases.json`)) ? loadCases(kind) : [];
  it.each(cases)("$description", (c) => {
    const result = validate(validatorForKind(kind), c.data);
    // The per-validator module (what Lambda bundles import) gives the same verdict and issues.
    expect(validate(singleModuleValidatorForKind(kind), c.data)).toEqual(result);
    if (c.valid) {
      expect(result.ok ? [] : result.issues).toEqual([]);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.pointer)).toContain(c.error?.pointer);
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
  });
});
