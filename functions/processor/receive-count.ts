/**
 * The outcome's `source.receive_count` from a record's `ApproximateReceiveCount`: the outcome
 * schema wants an integer of at least 1, and an outcome must never fail its own schema. The SQS
 * event schema only promises digits, so "0" (or an empty string) counts as a first delivery, and a
 * count too large to be a safe integer (SQS's counts stay far below) is capped at
 * `Number.MAX_SAFE_INTEGER` rather than becoming a float, Infinity or (once serialized) null.
 *
 * @example receiveCountOf("3") // 3
 * @example receiveCountOf("0") // 1
 * @example receiveCountOf("9".repeat(400)) // 9007199254740991
 */
export function receiveCountOf(approximateReceiveCount: string): number {
  if (!/^[0-9]+$/.test(approximateReceiveCount)) return 1;
  const count = Number(approximateReceiveCount);
  if (Number.isSafeInteger(count)) return Math.max(count, 1);
  return Number.MAX_SAFE_INTEGER;
}
