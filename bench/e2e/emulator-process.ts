import { startChild } from "../lib/child-runner";
import type { SnsLatencyStats } from "../support/sns-latency-proxy";
import type { EmulatorEvent, EmulatorRequest } from "./emulator-protocol";

type Request = EmulatorRequest extends infer R
  ? R extends unknown
    ? Omit<R, "id">
    : never
  : never;

/** The fauxqs emulator running in a child process, as seen from the process that started it. */
export interface EmulatorProcess {
  /** Where SDK clients point (`http://127.0.0.1:<port>`). */
  readonly endpoint: string;
  /** With `snsRttMs`: the SNS latency proxy in front of the emulator, for the measured handler. */
  readonly snsEndpoint: string | undefined;
  readonly pid: number;
  /** Enqueues every body of a JSON array file on `queue`, inside the emulator; resolves the count. */
  load(queue: string, file: string): Promise<number>;
  /** Ready-message counts of the named queues. */
  depths(queues: string[]): Promise<Record<string, number>>;
  /** CPU time the emulator's process has used so far (ms). */
  cpuMs(): Promise<number>;
  /** What the SNS latency proxy saw so far (only with `snsRttMs`). */
  snsStats(): Promise<SnsLatencyStats>;
  /** Per queue, [message_id, sentTimestamp] of each outcome now on it. */
  arrivals(queues: string[]): Promise<Record<string, [string, number][]>>;
  /** Stops the emulator and waits for its exit; kills it if it does not exit within 5 s. */
  stop(): Promise<void>;
  /** Kills the emulator at once (SIGKILL); safe to call at any time, also after stop(). */
  kill(): void;
}

/**
 * Starts the emulator child (bench/children/emulator.mts, bundled) and waits for the endpoint it
 * reports. With `snsRttMs`, an SNS latency proxy with that round-trip time runs in front of it (in
 * the child's process) and `snsEndpoint` names it. The child is killed if it is not ready within
 * `timeoutMs`, when this process exits by any path, and (by the child itself) when this process
 * dies and the IPC channel closes.
 *
 * @example
 * const emulator = await startEmulatorProcess(script, { timeoutMs: 10_000 });
 * try { await emulator.load("orders", ordersFile); } finally { await emulator.stop(); }
 */
export async function startEmulatorProcess(
  script: string,
  options: { timeoutMs: number; snsRttMs?: number },
): Promise<EmulatorProcess> {
  const child = startChild<boolean, EmulatorEvent, EmulatorRequest>(script, {
    // fauxqs imports node:sqlite, which warns on every start; the warning is noise here.
    nodeArgs: ["--disable-warning=ExperimentalWarning"],
    env: options.snsRttMs === undefined ? {} : { BENCH_SNS_RTT_MS: String(options.snsRttMs) },
  });
  const ended = child.result.then(
    () => undefined,
    (error: Error) => error,
  );

  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  void ended.then((error) => {
    for (const p of pending.values()) {
      p.reject(
        new Error(
          `emulator process: ended with requests pending${error ? `: ${error.message}` : ""}`,
        ),
      );
    }
    pending.clear();
  });
  child.onEvent((event) => {
    if (event.kind !== "reply") return;
    const waiting = pending.get(event.id);
    if (!waiting) return;
    pending.delete(event.id);
    if (event.ok) waiting.resolve(event.value);
    else waiting.reject(new Error(`emulator process: ${event.error}`));
  });
  const request = <T>(body: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      if (!child.send({ ...body, id } as EmulatorRequest)) {
        pending.delete(id);
        reject(new Error(`emulator process: not running, cannot ${body.op}`));
      }
    });

  let timer: NodeJS.Timeout | undefined;
  const notReady = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      child.kill();
      reject(new Error(`emulator process: not ready after ${options.timeoutMs} ms (${script})`));
    }, options.timeoutMs);
  });
  let ready: Extract<EmulatorEvent, { kind: "ready" }>;
  try {
    ready = await Promise.race([
      child.waitFor((e) => (e.kind === "ready" ? e : undefined)),
      notReady,
    ]);
  } catch (error) {
    child.kill();
    throw new Error(`emulator process: not ready: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  return {
    endpoint: ready.endpoint,
    snsEndpoint: ready.snsEndpoint,
    pid: ready.pid,
    load: (queue, file) => request<number>({ op: "load", queue, file }),
    depths: (queues) => request<Record<string, number>>({ op: "depths", queues }),
    cpuMs: () => request<number>({ op: "cpu" }),
    snsStats: () => request<SnsLatencyStats>({ op: "sns-stats" }),
    arrivals: (queues) => request<Record<string, [string, number][]>>({ op: "arrivals", queues }),
    stop: async () => {
      child.send({ id: nextId++, op: "stop" });
      const timeout = setTimeout(() => child.kill(), 5_000);
      await ended;
      clearTimeout(timeout);
    },
    kill: () => child.kill(),
  };
}
