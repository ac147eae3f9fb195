import { describe, expect, it } from "vitest";
import { StallWatch, waitForWork } from "../../bench/lib/progress";

// A run fails when its work stops moving, not when it is slow.

describe("StallWatch", () => {
  it("calls a run stalled only after its count stands still for longer than the limit", () => {
    const watch = new StallWatch(1_000, 0);
    expect(watch.observe(0, 900)).toBe("moving");
    expect(watch.observe(0, 1_001)).toBe("stalled");
    // Any progress restarts the clock, however slow the run.
    expect(watch.observe(1, 5_000)).toBe("moving");
    expect(watch.observe(1, 5_900)).toBe("moving");
    expect(watch.observe(2, 6_800)).toBe("moving");
    expect(watch.observe(2, 7_801)).toBe("stalled");
  });
});

describe("waitForWork", () => {
  it("waits for a slow run to finish, and names how far a stalled one got", async () => {
    let done = 0;
    const timer = setInterval(() => {
      done += 1;
    }, 20);
    try {
      await waitForWork({ done: () => done, total: 5, stallMs: 200, what: "orders" });
      expect(done).toBeGreaterThanOrEqual(5);
    } finally {
      clearInterval(timer);
    }
    await expect(
      waitForWork({ done: () => 3, total: 5, stallMs: 50, what: "orders deleted" }),
    ).rejects.toThrow("orders deleted: 3 of 5, and none more for 50 ms");
  });

  it("stops at once when the run's children fail", async () => {
    const failed = Promise.reject(new Error("instance 2 failed while importing the handler"));
    failed.catch(() => {});
    await expect(
      waitForWork({ done: () => 0, total: 5, stallMs: 60_000, what: "orders", interrupt: failed }),
    ).rejects.toThrow("instance 2 failed while importing the handler");
  });
});
