import type { ChildMessage } from "./child-protocol";

/** What a child's main function gets: how to say what it is doing, send events, hear its parent. */
export interface ChildContext<Event = never, Request = never> {
  /** Names what the child does from now on; a failure, kill or silent exit will name it. */
  doing(step: string): void;
  /** Sends an event of the child's own protocol (ready, progress, a reply). */
  send(event: Event): void;
  /** Calls `listener` with every message the parent sends. */
  onRequest(listener: (request: Request) => void): void;
}

function describeError(error: unknown): string {
  return error instanceof Error
    ? (error.stack ?? `${error.name}: ${error.message}`)
    : String(error);
}

/**
 * Runs a benchmark child's `main` under the one child protocol (bench/lib/child-protocol.ts): its
 * return value goes to the parent as the `result`, and the process exits once that message is
 * written; a throw (or an uncaught error anywhere) goes as `failed`, naming the last `doing` step,
 * and the process exits 1. When the parent goes away, the child exits at once: nobody is left to
 * read what it would report. Start the child with bench/lib/children.ts (`runChild`, `startChild`).
 *
 * @example
 * runAsChild(async (child) => {
 *   child.doing("importing the handler");
 *   const module = await import(file);
 *   child.doing("timing 21 imports");
 *   return { ms: 42 };
 * });
 */
export function runAsChild<Result, Event = never, Request = never>(
  main: (child: ChildContext<Event, Request>) => Promise<Result>,
): void {
  const send = process.send?.bind(process);
  if (!send) {
    console.error(
      `${process.argv[1] ?? "this benchmark child"} needs an IPC channel to report to: start it with runChild or startChild (bench/lib/children.ts)`,
    );
    process.exit(2);
  }
  let step = "starting";
  let finished = false;
  const post = (message: ChildMessage<Result, Event>, then?: () => void) => {
    if (!process.connected) {
      then?.();
      return;
    }
    send(message, undefined, {}, () => then?.());
  };
  const fail = (error: unknown) => {
    if (finished) return;
    finished = true;
    const text = describeError(error);
    console.error(`failed while ${step}: ${text}`);
    post({ kind: "failed", step, error: text }, () => process.exit(1));
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  // Parent gone (finished, crashed or killed): nobody can read a result any more.
  process.on("disconnect", () => {
    if (!finished) process.exit(0);
  });
  const context: ChildContext<Event, Request> = {
    doing(next) {
      step = next;
      post({ kind: "doing", step: next });
    },
    send(event) {
      post({ kind: "event", event });
    },
    onRequest(listener) {
      process.on("message", (message: Request) => listener(message));
    },
  };
  main(context).then((value) => {
    if (finished) return;
    finished = true;
    post({ kind: "result", value }, () => process.exit(0));
  }, fail);
}
