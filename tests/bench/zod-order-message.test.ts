import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { makeOrders } from "../../bench/data/orders";
import { zodOrderMessage } from "../../bench/validation/zod-order-message";
import { validateOrderMessage } from "../../generated/validators.cjs";
import { repoRoot } from "../support/paths";

interface SchemaCase {
  description: string;
  valid: boolean;
  data: unknown;
  error?: { pointer: string };
}

const cases: SchemaCase[] = JSON.parse(
  readFileSync(join(repoRoot, "tests", "schemas", "cases", "order-message.cases.json"), "utf8"),
);

/** JSON Pointers of a Zod error, an unknown key pointing at the key itself (as ajv's cases do). */
function zodPointers(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map((p) => `/${String(p)}`).join("");
    return issue.code === "unrecognized_keys" ? issue.keys.map((k) => `${base}/${k}`) : [base];
  });
}

describe("the benchmark's Zod order schema", () => {
  it("is checked against every order-message case, valid and invalid", () => {
    expect(cases.filter((c) => c.valid).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => !c.valid).length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("agrees with the shipped validator: $description", (c) => {
    const zod = zodOrderMessage.safeParse(c.data);
    expect(zod.success).toBe(c.valid);
    expect(validateOrderMessage(c.data)).toBe(c.valid);
    if (!zod.success) expect(zodPointers(zod.error)).toContain(c.error?.pointer);
  });

  it("agrees with the shipped validator on every benchmark order", () => {
    const orders = makeOrders({ count: 1000 }).filter((o) => o.failure !== "invalid_json");
    let accepted = 0;
    for (const order of orders) {
      const data: unknown = JSON.parse(order.body);
      const ok = zodOrderMessage.safeParse(data).success;
      expect(ok, order.body).toBe(validateOrderMessage(data));
      if (ok) accepted++;
    }
    // The currency-rule failures are schema-valid: only the processor's rules reject them.
    expect(accepted).toBe(900 + 25);
  });
});
