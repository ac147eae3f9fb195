/**
 * Requests from a benchmark process to the fauxqs emulator it runs in a child process
 * (bench/children/emulator.mts), and the emulator's events, over the child protocol's IPC channel
 * (bench/lib/child-protocol.ts). Setup and inspection go through IPC so that they never count as SQS
 * or SNS calls; the measured traffic is plain HTTP to `endpoint`.
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
  /** What the SNS latency proxy saw so far (SnsLatencyStats); fails when none runs. */
  | { id: number; op: "sns-stats" }
  /**
   * The outcomes now on the named queues: per queue, [message_id, sentTimestamp] of each ready
   * message whose body (raw, or inside an SNS envelope) is JSON with a string `message_id`.
   */
  | { id: number; op: "arrivals"; queues: string[] }
  /** Stops the server; the child then ends with its result (true). */
  | { id: number; op: "stop" };

/** The emulator's events: first `ready`, then one reply per request. */
export type EmulatorEvent =
  | {
      kind: "ready";
      endpoint: string;
      pid: number;
      /** With a latency model: the SNS latency proxy in front of the emulator. */
      snsEndpoint?: string;
    }
  | { kind: "reply"; id: number; ok: true; value: unknown }
  | { kind: "reply"; id: number; ok: false; error: string };
