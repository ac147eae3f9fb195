import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BROKEN_PROVIDERS,
  type BrokenProvider,
  type BrokenVerification,
} from "./support/broken-providers";

// Each provider below is broken on purpose and must fail verification. Pact's verifier prints a
// page of report per failure from native code; the verifications run in one child process whose
// output is captured here, so the run stays quiet and the report itself is asserted on.
let results: Record<string, BrokenVerification>;
let report: string;
const scratch = mkdtempSync(join(tmpdir(), "breaking-change-"));

beforeAll(() => {
  const resultFile = join(scratch, "results.json");
  const child = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(__dirname, "support", "verify-broken.ts"),
      resultFile,
      ...Object.keys(BROKEN_PROVIDERS),
    ],
    { encoding: "utf8", env: { ...process.env, PACT_DO_NOT_TRACK: "true", NO_COLOR: "1" } },
  );
  report = `${child.stdout}${child.stderr}`;
  if (child.status !== 0) throw new Error(`verify-broken.ts failed:\n${report}`);
  results = JSON.parse(readFileSync(resultFile, "utf8"));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function failureOf(name: BrokenProvider): string {
  const result = results[name];
  expect(result?.passed, `${name} passed verification, but it was broken on purpose`).toBe(false);
  expect(result?.errorName).toBe("ProviderVerificationError");
  return result?.message ?? "";
}

describe("a provider that breaks a field a consumer relies on fails verification, readably", () => {
  it("renaming order_total_minor in the processor's outcome builder, in our pact and the example team's", () => {
    const message = failureOf("processor renames order_total_minor");

    // The SUCCESS outcome of fulfilment's pact and of the example consumer team's.
    expect(message).toContain(
      "processor does not satisfy its consumers' pacts (2 interaction(s) failed)",
    );
    expect(message).toContain(
      "Verifying a pact between fulfilment and processor Given an order in an accepted currency arrives on the orders queue - a SUCCESS outcome for an accepted order",
    );
    expect(message).toContain(
      "Verifying a pact between customer-notifications and processor Given an order in an accepted currency arrives on the orders queue - a SUCCESS outcome for an accepted order",
    );
    expect(message).toContain("$ -> Actual map is missing the following keys: order_total_minor");
  });

  it("removing error_code from the processor's message attributes", () => {
    const message = failureOf("processor drops the error_code attribute");

    // Every FAILURE outcome: nine in failure-alerts' pact, two in the example team's.
    expect(message).toContain("(11 interaction(s) failed)");
    expect(message).toContain(
      "metadata error_code -> Expected message metadata 'error_code' but was missing",
    );
  });

  it("removing customer_id in the order producer's builder", () => {
    const message = failureOf("order producer drops customer_id");

    expect(message).toContain(
      "order-producer does not satisfy its consumers' pacts (3 interaction(s) failed)",
    );
    expect(message).toContain("$ -> Actual map is missing the following keys: customer_id");
  });

  it("Pact's own report, captured, names each failure", () => {
    expect(report).toContain("Verifying a pact between fulfilment and processor");
    expect(report).toContain("Verifying a pact between customer-notifications and processor");
    expect(report).toContain("Actual map is missing the following keys: order_total_minor");
    expect(report).toContain("Actual map is missing the following keys: customer_id");
  });
});
