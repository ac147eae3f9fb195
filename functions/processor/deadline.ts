/**
 * The moment an invocation stops waiting on SNS: `signal` aborts then (in-flight SDK calls give up
 * their connection and retries) with a `DeadlineExceeded` error as its reason, and `expired`
 * resolves, so a caller can race any promise against it even when the awaited code ignores the
 * signal.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Resolves when the deadline passes; never rejects. */
  readonly expired: Promise<void>;
  /** The time budget this deadline was started with, in milliseconds. */
  readonly budgetMs: number;
  /** True once the deadline has passed. */
  readonly passed: boolean;
  /** Stops the timer (call when done, so no timer outlives the invocation). */
  clear(): void;
}

/** What the processor reads from the Lambda context to place its deadline. */
export interface RemainingTime {
  /** Lambda's `context.getRemainingTimeInMillis`. */
  getRemainingTimeInMillis?(): number;
}

/**
 * The invocation's publish budget: the time Lambda says remains, minus `marginMs` for logging,
 * metrics and returning. `undefined` without a context that tells the remaining time (tests,
 * benchmarks, direct calls): then nothing bounds the wait but the SDK's own timeouts. Never negative.
 *
 * @example publishBudgetMs(context, 1000); // 29_000 at the start of a 30 s invocation
 */
export function publishBudgetMs(
  context: RemainingTime | undefined,
  marginMs: number,
): number | undefined {
  const remaining = context?.getRemainingTimeInMillis?.();
  if (typeof remaining !== "number" || !Number.isFinite(remaining)) return undefined;
  return Math.max(0, Math.floor(remaining - marginMs));
}

/**
 * Starts a deadline `budgetMs` from now. A budget of 0 is already passed.
 *
 * @example
 * const deadline = startDeadline(publishBudgetMs(context, 1000) ?? Infinity);
 * try { await Promise.race([work(deadline.signal), deadline.expired]); } finally { deadline.clear(); }
 */
export function startDeadline(budgetMs: number): Deadline {
  const controller = new AbortController();
  let passed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<void>((resolve) => {
    // Registered before anything else listens, so `expired` settles before any aborted call does.
    controller.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  const expire = () => {
    passed = true;
    controller.abort(
      Object.assign(
        new Error(
          `SNS had not confirmed when the invocation's publish budget of ${budgetMs} ms ran out; what was sent may still be delivered (then the redelivered record publishes it again)`,
        ),
        { name: "DeadlineExceeded" },
      ),
    );
  };
  if (budgetMs <= 0) expire();
  else if (Number.isFinite(budgetMs)) timer = setTimeout(expire, budgetMs);
  return {
    signal: controller.signal,
    expired,
    budgetMs,
    get passed() {
      return passed;
    },
    clear: () => clearTimeout(timer),
  };
}
