/**
 * Messages between a benchmark process and the fauxqs emulator it runs in a child process
 * (bench/children/emulator.mts), over Node's IPC channel. Setup and inspection go through IPC so
 * that they never count as SQS or SNS calls; the measured traffic is plain HTTP to `endpoint`.
 *
 * @example child.send({ id: 1, op: "depths", queues: ["fulfilment"] } satisfies EmulatorRequest);
 */
export type EmulatorRequest =
  /** Enqueues every body of a JSON array file (a list of strings) on `queue`; replies the count. */
  | { id: number; op: "load"; queue: string; file: string }
  /** Ready-message counts of the named queues (0 for a queue that does not exist). */
  | { id: number; op: "depths"; queues: string[] }
  /** CPU time the emulator's process has used so far (ms, user + system). */
  | { id: number; op: "cpu" }
  /** Stops the server and exits after replying. */
  | { id: number; op: "stop" };

/** The emulator's messages: first `ready` (or an exit), then one reply per request. */
export type EmulatorMessage =
  | { kind: "ready"; endpoint: string; pid: number }
  | { kind: "reply"; id: number; ok: true; value: unknown }
  | { kind: "reply"; id: number; ok: false; error: string };
