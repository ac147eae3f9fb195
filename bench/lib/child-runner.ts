import { type ChildProcess, fork } from "node:child_process";
import { type ChildMessage, type ClosedChild, isChildMessage, settleChild } from "./child-protocol";

// The parent's side of the child protocol (bench/lib/child-protocol.ts). Free of anything that
// needs CommonJS (__dirname): children that start children of their own bundle it as ESM.

export interface RunChildOptions {
  args?: string[];
  /** Added to a minimal environment (PATH, HOME): the child never inherits AWS or bench settings. */
  env?: Record<string, string>;
  /**
   * The child is killed when it outlives this (and its result says so, naming its last step).
   * Leave it out only for a child that serves its parent until told to stop.
   */
  timeoutMs?: number;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}

/** A running child, as its parent sees it. */
export interface StartedChild<Result, Event, Request> {
  readonly pid: number;
  /**
   * Settles once the process has closed (every message read): its result, or a ChildFailedError
   * naming the step it was on when it failed, was killed or exited without a result.
   */
  readonly result: Promise<Result>;
  /** The last step the child reported. */
  readonly step: string;
  /** Calls `listener` with each event the child sends (ready, progress, replies). */
  onEvent(listener: (event: Event) => void): void;
  /**
   * The first event that `accept` returns a value for; rejects, with the child's failure, if the
   * child closes first.
   */
  waitFor<T>(accept: (event: Event) => T | undefined): Promise<T>;
  /** Sends a message to the child; false when its channel is closed. */
  send(request: Request): boolean;
  /** True until the child's IPC channel closes. */
  readonly connected: boolean;
  /** Kills the child (SIGKILL) if it is still running; its result then says how it ended. */
  kill(): void;
}

/**
 * The time limit of a benchmark child: far above what any takes on a loaded machine (a loaded
 * machine makes children slow, which must not fail the run), so only a hung child reaches it, and
 * its error then names the step it hung in.
 */
export const CHILD_TIME_LIMIT_MS = 15 * 60_000;

// Children still running, killed if this process exits by any path: one listener for all of them.
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * Forks a bundled child (it runs `runAsChild` from bench/lib/child-main.ts) with an IPC channel and
 * a minimal environment. Its stdout (handler logs) is discarded; the end of its stderr is kept for
 * failure messages. It is killed when it outlives `timeoutMs`, and when this process exits.
 *
 * @example
 * const instance = startChild<Report, InstanceEvent, { op: "stop" }>(script, { timeoutMs: 60_000 });
 * await instance.waitFor((e) => (e.kind === "ready" ? true : undefined));
 * instance.send({ op: "stop" });
 * const report = await instance.result;
 */
export function startChild<Result, Event = never, Request = never>(
  script: string,
  options: RunChildOptions,
): StartedChild<Result, Event, Request> {
  const child = fork(script, options.args ?? [], {
    execPath: process.execPath,
    execArgv: options.nodeArgs ?? [],
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  running.add(child);
  const closed: ClosedChild<Result> = {
    script,
    step: "starting",
    result: undefined,
    failure: undefined,
    exitCode: null,
    signal: null,
    timedOutAfterMs: undefined,
    stderr: "",
  };
  child.stderr?.on("data", (chunk: Buffer) => {
    closed.stderr = (closed.stderr + chunk.toString()).slice(-20_000);
  });
  const listeners: ((event: Event) => void)[] = [];
  child.on("message", (message: unknown) => {
    if (!isChildMessage(message)) return;
    const m = message as ChildMessage<Result, Event>;
    if (m.kind === "doing") closed.step = m.step;
    else if (m.kind === "result") closed.result = { value: m.value };
    else if (m.kind === "failed") closed.failure = { step: m.step, error: m.error };
    else for (const listener of listeners) listener(m.event);
  });
  const { timeoutMs } = options;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          closed.timedOutAfterMs = timeoutMs;
          child.kill("SIGKILL");
        }, timeoutMs);
  const result = new Promise<Result>((resolve, reject) => {
    let spawnError: Error | undefined;
    child.on("error", (error) => {
      spawnError = error;
    });
    // "close", not "exit": only then has every IPC message been read.
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      closed.exitCode = code;
      closed.signal = signal;
      if (spawnError && !closed.result) {
        reject(new Error(`could not start ${script}: ${spawnError.message}`));
        return;
      }
      const outcome = settleChild(closed);
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    });
  });
  // Observed through `result` or `waitFor`; never an unhandled rejection on its own.
  result.catch(() => {});
  return {
    pid: child.pid ?? -1,
    result,
    get step() {
      return closed.step;
    },
    get connected() {
      return child.connected;
    },
    onEvent: (listener) => {
      listeners.push(listener);
    },
    waitFor: <T>(accept: (event: Event) => T | undefined) =>
      new Promise<T>((resolve, reject) => {
        listeners.push((event) => {
          const value = accept(event);
          if (value !== undefined) resolve(value);
        });
        result.then(() => reject(new Error(`${script} finished before the awaited event`)), reject);
      }),
    send: (request) => {
      if (!child.connected) return false;
      child.send(request as object);
      return true;
    },
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/**
 * Runs a bundled child to its end and returns its result (see startChild).
 *
 * @example const result = await runChild<{ ms: number }>(script, { args: ["x"], timeoutMs: 10_000 });
 */
export function runChild<Result>(
  script: string,
  options: RunChildOptions & { timeoutMs: number },
): Promise<Result> {
  return startChild<Result>(script, options).result;
}
