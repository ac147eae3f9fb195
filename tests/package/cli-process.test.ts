// The package's real `bin` (generated/cli.cjs, as npm installs it) in a child process, on inputs
// that never end: it must stop at its byte bound with a clear error instead of hanging; and on a
// standard output that cannot be written.
import { type StdioOptions, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "../../package/cli/run";
import { repoRoot } from "../support/paths";

const node = join(repoRoot, "node_modules", ".bin", "node");
const bin = join(repoRoot, "generated", "cli.cjs");

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; kills it after 15 s (a hang then shows as signal SIGKILL). */
function cli(
  args: string[],
  feed?: (stdin: NodeJS.WritableStream) => void,
  stdio: StdioOptions = ["pipe", "pipe", "pipe"],
): Promise<Ended> {
  const child = spawn(node, [bin, ...args], { stdio });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  child.stdin?.on("error", () => {}); // EPIPE once the CLI stops reading: expected
  if (feed && child.stdin) feed(child.stdin);
  else child.stdin?.end();
  const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  return new Promise((resolve) =>
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
}

/** Writes zeros to the child's standard input for as long as it reads them: an endless pipe. */
function endlessZeros(stdin: NodeJS.WritableStream): void {
  const chunk = Buffer.alloc(64 * 1024);
  const pump = () => {
    while (stdin.write(chunk)) {}
    stdin.once("drain", pump);
  };
  pump();
}

describe("order-events-contracts validate, the real bin in a process", () => {
  it("ends /dev/zero with a clear error and exit 2 instead of reading forever", async () => {
    const ended = await cli(["validate", "order-message", "/dev/zero"]);
    expect(ended.signal).toBeNull();
    expect(ended.stderr).toContain(
      `error: /dev/zero has more than ${MAX_DOCUMENT_BYTES} bytes, the most this command reads (--max-bytes)`,
    );
    expect(ended.code).toBe(2);
  }, 20_000);

  it("ends an endless pipe on standard input the same way", async () => {
    const ended = await cli(["validate", "order-message", "-"], endlessZeros);
    expect(ended.signal).toBeNull();
    expect(ended.stderr).toContain(
      `error: standard input has more than ${MAX_DOCUMENT_BYTES} bytes, the most this command reads (--max-bytes)`,
    );
    expect(ended.code).toBe(2);
  }, 20_000);

  it("still validates a document piped on standard input", async () => {
    const order = JSON.stringify({
      order_id: "ORD-1",
      customer_id: "CUST-1",
      currency: "EUR",
      line_items: [{ sku: "SKU-1", quantity: 1, unit_price_minor: 100 }],
      submitted_at: "2026-11-26T10:15:00Z",
    });
    const ended = await cli(["validate", "order-message", "-"], (stdin) => stdin.end(order));
    expect(ended.stdout).toContain("valid: (stdin) is a valid order-message");
    expect(ended.code).toBe(0);
  }, 20_000);

  it("exits 2 saying so when its verdicts cannot be written (a full disk), whatever they were", async () => {
    const devFull = openSync("/dev/full", "w");
    try {
      const ended = await cli(
        ["validate", "order-message", join(repoRoot, "examples", "order.json")],
        undefined,
        ["pipe", devFull, "pipe"],
      );
      expect(ended.stderr).toContain(
        "error: cannot write the verdicts to standard output: ENOSPC: no space left on device",
      );
      expect(ended.code).toBe(2);
    } finally {
      closeSync(devFull);
    }
  }, 20_000);
});
