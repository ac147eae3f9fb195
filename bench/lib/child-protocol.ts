/**
 * The one protocol between a benchmark process and each child it starts (bench/lib/children.ts on
 * the parent's side, bench/lib/child-main.ts on the child's), over Node's IPC channel. A child says
 * what it is doing (`doing`), may send events of its own (`event`: ready, progress, replies), and
 * ends with exactly one `result` or `failed`. The parent judges a child only once its process has
 * closed: Node can emit a child's `exit` before it has read the child's last IPC messages (a busy
 * parent reads a chatty child's channel late), so `exit` alone never means "left without reporting".
 */

/** What a child sends its parent. */
export type ChildMessage<Result = unknown, Event = unknown> =
  /** What the child is doing now: named when it fails, is killed or leaves without a result. */
  | { kind: "doing"; step: string }
  /** A message of the child's own protocol (ready, progress, a reply to a request). */
  | { kind: "event"; event: Event }
  /** The child's result; it exits right after sending it. */
  | { kind: "result"; value: Result }
  /** The child failed: what it was doing and why (the error's stack). */
  | { kind: "failed"; step: string; error: string };

/** What the parent knows about a child once its process has closed. */
export interface ClosedChild<Result> {
  /** The script, for messages. */
  script: string;
  /** The last `doing` step the child reported (or the parent's own, e.g. "starting"). */
  step: string;
  result: { value: Result } | undefined;
  failure: { step: string; error: string } | undefined;
  exitCode: number | null;
  signal: string | null;
  /** Set when the parent killed the child for outliving its time limit. */
  timedOutAfterMs: number | undefined;
  /** The end of the child's stderr. */
  stderr: string;
}

/** How a closed child ended: its result, or an error that says what it was doing. */
export type ChildOutcome<Result> = { ok: true; value: Result } | { ok: false; error: Error };

/**
 * Thrown (rejected) for a child that failed, was killed or left without a result.
 *
 * @example
 * try { await runChild(script, { timeoutMs: 60_000 }); } catch (e) { if (e instanceof ChildFailedError) console.error(e.step); }
 */
export class ChildFailedError extends Error {
  override readonly name = "ChildFailedError";
  constructor(
    message: string,
    /** The step the child was on. */
    readonly step: string,
  ) {
    super(message);
  }
}

function lastLines(text: string, lines = 20): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  return `\n${trimmed.split("\n").slice(-lines).join("\n")}`;
}

/**
 * The outcome of a child whose process has closed (every IPC message read): a result that arrived
 * wins even when the process was killed afterwards (a straggler stopped by its parent); otherwise a
 * ChildFailedError naming the script, the step and why.
 *
 * @example
 * settleChild({ script: "billed.mjs", step: "loading the orders", result: undefined, failure: undefined,
 *   exitCode: 0, signal: null, timedOutAfterMs: undefined, stderr: "" });
 * // → { ok: false, error: ChildFailedError("billed.mjs exited (0) without a result, while loading the orders") }
 */
export function settleChild<Result>(closed: ClosedChild<Result>): ChildOutcome<Result> {
  if (closed.result) return { ok: true, value: closed.result.value };
  const name = closed.script.split("/").pop() ?? closed.script;
  if (closed.failure) {
    return {
      ok: false,
      error: new ChildFailedError(
        `${name} failed while ${closed.failure.step}: ${closed.failure.error}`,
        closed.failure.step,
      ),
    };
  }
  const how =
    closed.timedOutAfterMs !== undefined
      ? `was killed after ${closed.timedOutAfterMs} ms (its time limit)`
      : `exited (${closed.signal ?? closed.exitCode}) without a result`;
  return {
    ok: false,
    error: new ChildFailedError(
      `${name} ${how}, while ${closed.step}${lastLines(closed.stderr)}`,
      closed.step,
    ),
  };
}

/**
 * True for a value that is one of this protocol's messages (anything else on the channel is ignored).
 *
 * @example isChildMessage({ kind: "doing", step: "importing the handler" }) // true
 */
export function isChildMessage(value: unknown): value is ChildMessage {
  if (typeof value !== "object" || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === "doing" || kind === "event" || kind === "result" || kind === "failed";
}
