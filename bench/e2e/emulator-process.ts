import { type ChildProcess, fork } from "node:child_process";
import type { SnsLatencyStats } from "../support/sns-latency-proxy";
import type { EmulatorMessage, EmulatorRequest } from "./emulator-protocol";

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
 * Forks the emulator child (bench/children/emulator.mts, bundled) and waits for the endpoint it
 * reports. With `snsRttMs`, an SNS latency proxy with that round-trip time runs in front of it (in
 * the child's process) and `snsEndpoint` names it. The child is killed if it is not ready within `timeoutMs`, when this process exits by
 * any path, and (by the child itself) when this process dies and the IPC channel closes.
 *
 * @example
 * const emulator = await startEmulatorProcess(script, { timeoutMs: 10_000 });
 * try { await emulator.load("orders", ordersFile); } finally { await emulator.stop(); }
 */
export function startEmulatorProcess(
  script: string,
  options: { timeoutMs: number; snsRttMs?: number },
): Promise<EmulatorProcess> {
  const child: ChildProcess = fork(script, [], {
    execPath: process.execPath,
    // fauxqs imports node:sqlite, which warns on every start; the warning is noise here.
    execArgv: ["--disable-warning=ExperimentalWarning"],
    // A minimal environment: nothing of the measuring process's AWS settings leaks in.
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      ...(options.snsRttMs === undefined ? {} : { BENCH_SNS_RTT_MS: String(options.snsRttMs) }),
    },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  process.once("exit", kill);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => process.removeListener("exit", kill));

  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const failAll = (why: string) => {
    for (const p of pending.values()) p.reject(new Error(`emulator process: ${why}`));
    pending.clear();
  };
  child.on("exit", (code, signal) => failAll(`exited (${signal ?? code}) with requests pending`));
  child.on("message", (message: EmulatorMessage) => {
    if (message.kind !== "reply") return;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(new Error(`emulator process: ${message.error}`));
  });
  const request = <T>(body: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (!child.connected) {
        reject(new Error(`emulator process: not running, cannot ${body.op}`));
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ ...body, id } as EmulatorRequest);
    });

  return new Promise<EmulatorProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`emulator process: not ready after ${options.timeoutMs} ms (${script})`));
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      kill();
      reject(error);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`emulator process exited (${signal ?? code}) before it was ready`));
    });
    child.on("message", (message: EmulatorMessage) => {
      if (message.kind !== "ready") return;
      clearTimeout(timer);
      resolve({
        endpoint: message.endpoint,
        snsEndpoint: message.snsEndpoint,
        pid: message.pid,
        load: (queue, file) => request<number>({ op: "load", queue, file }),
        depths: (queues) => request<Record<string, number>>({ op: "depths", queues }),
        cpuMs: () => request<number>({ op: "cpu" }),
        snsStats: () => request<SnsLatencyStats>({ op: "sns-stats" }),
        arrivals: (queues) =>
          request<Record<string, [string, number][]>>({ op: "arrivals", queues }),
        stop: async () => {
          const stopped = child.connected ? request({ op: "stop" }).catch(() => {}) : null;
          const timeout = setTimeout(kill, 5_000);
          await Promise.all([stopped, exited]);
          clearTimeout(timeout);
        },
        kill,
      });
    });
  });
}
