import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import catalog from "../../generated/catalog.json";
import { SAMPLES, type SampleUse } from "../support/aws-sample-uses";
import { readAwsSample, withRealisticPlaceholders } from "../support/aws-samples";
import { repoRoot } from "../support/paths";
import { typeCheckerFrom } from "../support/type-checker";
import { validatorForKind } from "../support/validators";

// Soundness of the generated types: whatever a shipped validator accepts must be a value of the
// generated type it claims (`validateX(data): data is X`). The checker of each type is derived
// from generated/types.d.ts itself, so a type narrower than its schema (an object where the
// schema allows any JSON, a missing null) fails here.

const checkerFor = typeCheckerFrom(join(repoRoot, "generated", "types.d.ts"));
const kinds = catalog.schemas.filter((s) => s.validator !== null);

interface SchemaCase {
  description: string;
  valid: boolean;
  data: unknown;
}

const validCases = (kind: string): SchemaCase[] =>
  (
    JSON.parse(
      readFileSync(join(repoRoot, "tests", "schemas", "cases", `${kind}.cases.json`), "utf8"),
    ) as SchemaCase[]
  ).filter((c) => c.valid);

describe("every valid schema case is a value of its generated type", () => {
  describe.each(kinds.map((k) => [k.title, k.kind] as const))("%s", (title, kind) => {
    it.each(validCases(kind))("$description", (c) => {
      expect(validatorForKind(kind)(c.data)).toBe(true);
      expect(checkerFor(title)(c.data)).toEqual([]);
    });
  });
});

const samples = Object.entries(SAMPLES).filter((e): e is [string, SampleUse] => "schemas" in e[1]);

describe("every AWS sample a validator accepts is a value of the generated type", () => {
  it.each(samples)("%s", (file, use) => {
    const raw = readAwsSample(file);
    const sample = file.includes("localstack") ? withRealisticPlaceholders(raw) : raw;
    const payloads = use.extract ? use.extract(sample) : [sample];
    let checked = 0;
    for (const payload of payloads)
      for (const [title, validator] of use.schemas) {
        if (!validator(payload)) continue;
        expect({ title, problems: checkerFor(title)(payload) }).toEqual({ title, problems: [] });
        checked++;
      }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("the derived checker is not a rubber stamp", () => {
  it("rejects what a type does not allow", () => {
    expect(
      checkerFor("SqsBatchResponse")({ batchItemFailures: [{ itemIdentifier: 1 }] }),
    ).not.toEqual([]);
    expect(checkerFor("OrderSuccessOutcome")({ status: "SUCCESS" })).not.toEqual([]);
  });
});
