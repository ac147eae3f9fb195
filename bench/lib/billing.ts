/**
 * What Lambda bills for a handler's invocations, and the floor they are judged against (docs/benchmarks.md): pure
 * arithmetic over what the billed-duration benchmark records (bench/children/billed.mts).
 */

/** One invocation as the benchmark records it. */
export interface InvocationSample {
  /** Records in the invocation's batch. */
  records: number;
  /** Wall time inside the handler, from the call to the settled promise (ms). */
  wallMs: number;
  /** CPU time of the handler's thread over the same span (ms): background threads left out. */
  cpuMs: number;
}

/** SNS PublishBatch takes at most this many entries per call. */
export const PUBLISH_BATCH_ENTRIES = 10;

/**
 * Lambda's billed duration of one invocation: the wall time inside the handler rounded up to the
 * next millisecond, and never less than 1 ms.
 *
 * @example billedDurationMs(41.2) // → 42
 */
export function billedDurationMs(wallMs: number): number {
  return Math.max(1, Math.ceil(wallMs));
}

/**
 * Billed handler duration per 1,000 orders: the invocations' billed durations summed, scaled.
 *
 * @example billedMsPerThousandOrders([{ records: 100, wallMs: 41.2, cpuMs: 9 }], 100) // → 420
 */
export function billedMsPerThousandOrders(
  samples: readonly InvocationSample[],
  orders: number,
): number {
  let billed = 0;
  for (const s of samples) billed += billedDurationMs(s.wallMs);
  return (billed * 1000) / orders;
}

/**
 * How a handler publishes: the round-trip time of one SNS call, calls in flight at once, and
 * records per call (10 with PublishBatch, the default; 1 with a Publish per record).
 */
export interface PublishModel {
  rttMs: number;
  publishConcurrency: number;
  entriesPerCall?: number;
}

/**
 * The floor of one invocation: ceil(records / 10) PublishBatch calls, run `publishConcurrency` at a
 * time, each taking one round trip, plus the CPU time the invocation measured. With
 * `entriesPerCall: 1` and a concurrency of 1 it is the floor of a handler that publishes each
 * record on its own, in sequence (the seed's): one round trip per record plus its CPU.
 *
 * @example floorDurationMs({ records: 100, wallMs: 40, cpuMs: 9 }, { rttMs: 15, publishConcurrency: 8 }) // → 2 × 15 + 9 = 39
 */
export function floorDurationMs(sample: InvocationSample, model: PublishModel): number {
  const calls = Math.ceil(sample.records / (model.entriesPerCall ?? PUBLISH_BATCH_ENTRIES));
  const waves = Math.ceil(calls / model.publishConcurrency);
  return waves * model.rttMs + sample.cpuMs;
}

/**
 * The floor per 1,000 orders (unrounded: the floor is what no handler can beat).
 *
 * @example floorMsPerThousandOrders(samples, 10_000, { rttMs: 15, publishConcurrency: 8 })
 */
export function floorMsPerThousandOrders(
  samples: readonly InvocationSample[],
  orders: number,
  model: PublishModel,
): number {
  let floor = 0;
  for (const s of samples) floor += floorDurationMs(s, model);
  return (floor * 1000) / orders;
}

/**
 * The nearest-rank percentile `p` (0 < p <= 100) of a non-empty list.
 *
 * @example percentile([1, 2, 3, 4], 50) // → 2
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside (0, 100]`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] as number;
}
