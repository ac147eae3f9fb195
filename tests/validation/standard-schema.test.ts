import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as validators from "../../generated/validators.cjs";
import { validate } from "../../lib/validation";
import { pathOfPointer } from "../../lib/validation/standard-schema";
import { repoRoot } from "../support/paths";
import {
  singleModuleValidatorForKind,
  validatedKinds,
  validatorForKind,
} from "../support/validators";

// Every shipped validator is a Standard Schema v1 object whose verdicts are the validator's own.

const vendor = JSON.parse(readFileSync(join(repoRoot, "package", "manifest.json"), "utf8")).name;
const cases = (kind: string): { description: string; valid: boolean; data: unknown }[] =>
  JSON.parse(
    readFileSync(join(repoRoot, "tests", "schemas", "cases", `${kind}.cases.json`), "utf8"),
  );

describe.each(validatedKinds)("%s as a Standard Schema", (kind) => {
  it("declares version 1 and the package as vendor, in validators.cjs and in its own module", () => {
    for (const validator of [validatorForKind(kind), singleModuleValidatorForKind(kind)]) {
      expect(validator["~standard"]).toMatchObject({ version: 1, vendor });
      expect(validator["~standard"].validate).toBeTypeOf("function");
    }
  });

  it("agrees with the validator on every schema case, with each issue's path", () => {
    const validator = validatorForKind(kind);
    for (const c of cases(kind)) {
      const result = validator["~standard"].validate(c.data);
      const checked = validate(validator, c.data);
      if (checked.ok) {
        expect(result).toEqual({ value: c.data });
        continue;
      }
      expect(result).toEqual({
        issues: checked.issues.map((i) => ({
          message: `${i.pointer === "" ? "(root)" : i.pointer} ${i.message}`,
          path: pathOfPointer(i.pointer, c.data),
        })),
      });
    }
  });
});

describe("Standard Schema issues", () => {
  it("have array indices as numbers and unescaped keys, as other Standard Schema libraries", () => {
    expect(pathOfPointer("/line_items/1/sku", { line_items: [{}, {}] })).toEqual([
      "line_items",
      1,
      "sku",
    ]);
    expect(pathOfPointer("/a~1b/0", { "a/b": { 0: 1 } })).toEqual(["a/b", "0"]);
    expect(pathOfPointer("", {})).toEqual([]);
  });

  it("name the field that is wrong", () => {
    const order = {
      order_id: "ORD-1",
      customer_id: "C-1",
      currency: "EUR",
      line_items: [
        { sku: "SKU-1", quantity: 1, unit_price_minor: 100 },
        { sku: "SKU-2", quantity: 0, unit_price_minor: 100 },
      ],
      submitted_at: "2026-11-26T10:00:00Z",
    };

    const result = validators.validateOrderMessage["~standard"].validate(order);

    expect(result).toEqual({
      issues: [
        { message: "/line_items/1/quantity must be >= 1", path: ["line_items", 1, "quantity"] },
      ],
    });
  });

  it("is not enumerable: the module's exports list only the validators", () => {
    expect(Object.keys(validators.validateOrderMessage)).not.toContain("~standard");
  });
});
