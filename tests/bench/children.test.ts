import { beforeAll, describe, expect, it } from "vitest";
import { ChildFailedError } from "../../bench/lib/child-protocol";
import { runChild, startChild } from "../../bench/lib/child-runner";
import { bundleChild } from "../../bench/lib/children";

// The parent's side of the child protocol with real processes: a result is never lost to a child's
// exit, and a child that fails, hangs or leaves without a result says what it was doing.

describe("benchmark children", () => {
  let script: string;
  beforeAll(async () => {
    script = await bundleChild("tests/bench/fixtures/protocol-child.ts");
  }, 30_000);

  it("hands a busy parent every chatty child's result, however late it reads the channel", async () => {
    // 16 children at once, each sending 2,000 events and exiting right after its result, while
    // the parent spends time on every event: Node then often emits a child's exit before the
    // parent has read its last messages.
    const exitListeners = process.listenerCount("exit");
    for (let round = 0; round < 3; round++) {
      const children = Array.from({ length: 16 }, () => {
        const child = startChild<{ events: number }, { i: number }>(script, {
          args: ["chatty", "2000"],
          timeoutMs: 60_000,
        });
        let seen = 0;
        child.onEvent(() => {
          seen++;
          let busy = 0;
          for (let k = 0; k < 20_000; k++) busy += k;
          return busy;
        });
        return child.result.then((result) => ({ result, seen }));
      });
      // One exit listener for all children, not one each.
      expect(process.listenerCount("exit")).toBe(exitListeners);
      for (const { result, seen } of await Promise.all(children)) {
        expect(result).toEqual({ events: 2000 });
        expect(seen).toBe(2000);
      }
    }
  }, 120_000);

  it("names the step a child failed in, with its error", async () => {
    const failure = runChild(script, { args: ["throw"], timeoutMs: 20_000 });
    await expect(failure).rejects.toBeInstanceOf(ChildFailedError);
    await expect(failure).rejects.toThrow(
      /protocol-child.* failed while reading the orders file: Error: no such file: orders\.json/,
    );
  }, 30_000);

  it("names the step of a child that exits without a result", async () => {
    await expect(runChild(script, { args: ["silent-exit"], timeoutMs: 20_000 })).rejects.toThrow(
      /exited \(0\) without a result, while reading the orders file/,
    );
  }, 30_000);

  it("kills a child that outlives its time limit and names its step", async () => {
    await expect(runChild(script, { args: ["hang"], timeoutMs: 1_500 })).rejects.toThrow(
      /was killed after 1500 ms \(its time limit\), while reading the orders file/,
    );
  }, 30_000);
});
