import { describe, expect, it } from "vitest";
import {
  ChildFailedError,
  type ClosedChild,
  isChildMessage,
  settleChild,
} from "../../bench/lib/child-protocol";

// How the parent judges a child once its process has closed: pure, every case of the protocol.

const closed = (overrides: Partial<ClosedChild<{ ms: number }>>): ClosedChild<{ ms: number }> => ({
  script: "/cache/bench_children_billed_mts.mjs",
  step: "loading the orders",
  result: undefined,
  failure: undefined,
  exitCode: 0,
  signal: null,
  timedOutAfterMs: undefined,
  stderr: "",
  ...overrides,
});

describe("settleChild", () => {
  it("returns the result a child sent, even when the process was killed after it", () => {
    expect(settleChild(closed({ result: { value: { ms: 4 } } }))).toEqual({
      ok: true,
      value: { ms: 4 },
    });
    expect(
      settleChild(closed({ result: { value: { ms: 4 } }, exitCode: null, signal: "SIGKILL" })),
    ).toEqual({ ok: true, value: { ms: 4 } });
  });

  it("names the step and error of a child that reported its failure", () => {
    const outcome = settleChild(
      closed({
        failure: { step: "importing the handler", error: "Error: no handler" },
        exitCode: 1,
      }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toBeInstanceOf(ChildFailedError);
    expect((outcome.error as ChildFailedError).step).toBe("importing the handler");
    expect(outcome.error.message).toBe(
      "bench_children_billed_mts.mjs failed while importing the handler: Error: no handler",
    );
  });

  it("says a child left without a result, its last step and the end of its stderr", () => {
    const outcome = settleChild(
      closed({ exitCode: 0, stderr: `${"noise\n".repeat(30)}last words\n` }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.message).toMatch(
      /^bench_children_billed_mts\.mjs exited \(0\) without a result, while loading the orders\n/,
    );
    expect(outcome.error.message.endsWith("last words")).toBe(true);
    expect(outcome.error.message.split("\n")).toHaveLength(21);
  });

  it("says a child was killed at its time limit, or by a signal", () => {
    const timedOut = settleChild(
      closed({ exitCode: null, signal: "SIGKILL", timedOutAfterMs: 150_000 }),
    );
    expect(timedOut.ok || timedOut.error.message).toBe(
      "bench_children_billed_mts.mjs was killed after 150000 ms (its time limit), while loading the orders",
    );
    const killed = settleChild(closed({ exitCode: null, signal: "SIGTERM" }));
    expect(killed.ok || killed.error.message).toMatch(/exited \(SIGTERM\) without a result/);
  });
});

describe("isChildMessage", () => {
  it("accepts the protocol's four kinds and nothing else", () => {
    expect(isChildMessage({ kind: "doing", step: "x" })).toBe(true);
    expect(isChildMessage({ kind: "event", event: {} })).toBe(true);
    expect(isChildMessage({ kind: "result", value: 1 })).toBe(true);
    expect(isChildMessage({ kind: "failed", step: "x", error: "y" })).toBe(true);
    expect(isChildMessage({ kind: "done" })).toBe(false);
    expect(isChildMessage({ cmd: "NODE_HANDLE" })).toBe(false);
    expect(isChildMessage(null)).toBe(false);
    expect(isChildMessage("result")).toBe(false);
  });
});
