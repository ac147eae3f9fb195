import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { classifyDoubleEndings, type SoakFigures, soakReport } from "../../tools/soak/soak";
import { repoRoot } from "../support/paths";

const run = promisify(execFile);
const TSX = join(repoRoot, "node_modules", ".bin", "tsx");

const outcome = (messageId: string, status: string, body = `body-${messageId}`) =>
  JSON.stringify({ message_type: "order.outcome", message_id: messageId, status, body });

describe("classifyDoubleEndings", () => {
  it("counts DLQ messages whose outcome was also published, by message id or by echoed body", () => {
    const texts = [outcome("a", "SUCCESS"), outcome("a", "SUCCESS"), outcome("b", "FAILURE")];
    const dlq = [
      { MessageId: "a", Body: "body-a" },
      { MessageId: "replayed-b", Body: "body-b" },
      { MessageId: "c", Body: "body-c" },
    ];
    expect(classifyDoubleEndings(texts, dlq)).toEqual({
      publishedAndDeadLettered: 2,
      conflicting: 0,
    });
  });

  it("counts an input with outcomes of two statuses as conflicting, never as a mere duplicate", () => {
    const texts = [outcome("a", "SUCCESS"), outcome("a", "FAILURE"), "not json", "{}"];
    expect(classifyDoubleEndings(texts, [{ MessageId: "a", Body: "body-a" }])).toEqual({
      publishedAndDeadLettered: 0,
      conflicting: 1,
    });
  });
});

describe("soakReport", () => {
  it("says OK only for an ok run, and explains double endings", () => {
    const figures = {
      ok: true,
      orders: 10,
      fault_rate: 0.6,
      fault_kinds: ["entry", "5xx", "hang"],
      seed: 1,
      multiply_accounted: 2,
      published_and_dead_lettered: 2,
      attempt_failure_rate: 0.598,
      consumers: [],
    } as unknown as SoakFigures;
    const text = soakReport(figures);
    expect(text).toContain("60% of outcome publish attempts failed at random as entry, 5xx, hang");
    expect(text).toContain("ended twice: 2, of which published and then dead-lettered: 2");
    expect(text).toContain("59.8% of publish attempts failed");
    expect(text).toContain("OK: zero unaccounted.");
    expect(soakReport({ ...figures, ok: false })).toContain("NOT OK");
  });
});

describe("npm run soak: usage errors", () => {
  it.each([
    [
      ["--faults", "entry,boom"],
      /--faults takes a comma-separated list of entry, 5xx, hang; "boom" is not one/,
    ],
    [["--fault-rate", "0.95"], /--fault-rate must be from 0 to 0.9, got "0.95"/],
    [["--orders", ""], /--orders must be from 1 to 1000000, got ""/],
  ])("exits 2 for %j, saying what was wrong, before starting anything", async (args, message) => {
    const failed = await run(TSX, [join(repoRoot, "tools", "soak", "main.ts"), ...args], {
      cwd: repoRoot,
      timeout: 30_000,
    }).catch((e: { code: number; stderr: string; stdout: string }) => e);
    expect(failed).toMatchObject({ code: 2, stdout: "" });
    expect((failed as { stderr: string }).stderr).toMatch(message);
    expect((failed as { stderr: string }).stderr).toContain("Usage: npm run soak");
  });
});
