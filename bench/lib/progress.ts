/**
 * Waiting for a run to finish without failing it by chance: a run on a loaded machine is slow, not
 * broken, so it fails only when its count of work done has not moved for a while.
 */

/** A run of the benchmark fails when it has done nothing for this long (ms). */
export const STALL_TIMEOUT_MS = 60_000;

/**
 * Tells a run that is moving from one that has stalled: `observe` takes the work done so far and
 * the time (ms) and answers whether the count has stayed the same for longer than `stallMs`.
 *
 * @example
 * const watch = new StallWatch(60_000, performance.now(), deleted());
 * if (watch.observe(deleted(), performance.now()) === "stalled") throw new Error("no progress");
 */
export class StallWatch {
  private last: number;
  private since: number;

  /** Starts the clock at `start` (ms) with `done` work done. */
  constructor(
    readonly stallMs: number,
    start: number,
    done = 0,
  ) {
    this.since = start;
    this.last = done;
  }

  observe(done: number, now: number): "moving" | "stalled" {
    if (done !== this.last) {
      this.last = done;
      this.since = now;
      return "moving";
    }
    return now - this.since > this.stallMs ? "stalled" : "moving";
  }
}

/**
 * Resolves once `done()` reaches `total`, polling every 5 ms; rejects when it has not moved for
 * `stallMs` (naming `what`, how far it got and for how long it stood still), or when `interrupt`
 * rejects (a child of the run failing). `onThousand` hears each new thousand done.
 *
 * @example await waitForWork({ done: () => esm.stats.deleted, total: 10_000, stallMs: 60_000, what: "orders deleted" });
 */
export async function waitForWork(options: {
  done: () => number;
  total: number;
  stallMs: number;
  what: string;
  interrupt?: Promise<never>;
  onThousand?: (done: number) => void;
}): Promise<void> {
  const watch = new StallWatch(options.stallMs, performance.now(), options.done());
  let shown = -1;
  for (;;) {
    const done = options.done();
    if (done >= options.total) return;
    if (watch.observe(done, performance.now()) === "stalled") {
      throw new Error(
        `${options.what}: ${done} of ${options.total}, and none more for ${options.stallMs} ms`,
      );
    }
    const thousands = Math.floor(done / 1000) * 1000;
    if (thousands !== shown) {
      shown = thousands;
      options.onThousand?.(thousands);
    }
    const tick = new Promise((resolve) => setTimeout(resolve, 5));
    await (options.interrupt ? Promise.race([tick, options.interrupt]) : tick);
  }
}
