import { createHash } from "node:crypto";
import { seededRandom } from "../../lib/producer";
import type { EntryFault, EntryFaultPolicy } from "./sns-fault-proxy";

/** The failure an injected fault reports: what SNS says when it fails internally. */
export const INJECTED_FAULT: EntryFault = {
  code: "InternalError",
  message: "injected fault: SNS could not publish this entry (local fault proxy)",
};

/**
 * Fails each published entry with probability `rate`, independently and reproducibly (seeded):
 * a retried outcome gets a fresh draw, as a transient fault would.
 *
 * @example proxy.setEntryFaults(randomEntryFaults(0.1, 42));
 */
export function randomEntryFaults(rate: number, seed: number): EntryFaultPolicy {
  if (!(rate >= 0 && rate <= 1))
    throw new RangeError(`fault rate must be within 0..1, got ${rate}`);
  const random = seededRandom(seed);
  return () => (random.next() < rate ? INJECTED_FAULT : undefined);
}

/**
 * Fails every outcome whose `message_id` (the SQS message id of its input) is in `messageIds`:
 * those inputs can never publish, so SQS redelivers them until its redrive moves them to the DLQ.
 *
 * @example proxy.setEntryFaults(faultsForMessages(new Set([messageId])));
 */
export function faultsForMessages(messageIds: ReadonlySet<string>): EntryFaultPolicy {
  return ({ message }) => {
    try {
      const outcome = JSON.parse(message) as { message_id?: unknown };
      return typeof outcome.message_id === "string" && messageIds.has(outcome.message_id)
        ? INJECTED_FAULT
        : undefined;
    } catch {
      return undefined;
    }
  };
}

/**
 * Fails every outcome of the given input bodies (matched by the outcome's echoed `body`, or its
 * `body_sha256` when the body was too large to echo), whatever their message id: usable before
 * the messages are sent, and still matching after a replay gives them new ids. Change the set to
 * clear or add faults while the pipeline runs.
 *
 * @example const faulty = new Set([body]); proxy.setEntryFaults(faultsForBodies(faulty)); … faulty.clear();
 */
export function faultsForBodies(bodies: ReadonlySet<string>): EntryFaultPolicy {
  const digests = () =>
    new Set([...bodies].map((b) => createHash("sha256").update(b).digest("hex")));
  return ({ message }) => {
    if (bodies.size === 0) return undefined;
    try {
      const outcome = JSON.parse(message) as { body?: unknown; body_sha256?: unknown };
      if (typeof outcome.body === "string" && bodies.has(outcome.body)) return INJECTED_FAULT;
      if (typeof outcome.body_sha256 === "string" && digests().has(outcome.body_sha256)) {
        return INJECTED_FAULT;
      }
    } catch {
      // not an outcome: let it through
    }
    return undefined;
  };
}

/**
 * The first fault any of the policies picks (entries no policy picks pass).
 *
 * @example proxy.setEntryFaults(anyOf(faultsForMessages(poisoned), randomEntryFaults(0.1, 7)));
 */
export function anyOf(...policies: (EntryFaultPolicy | undefined)[]): EntryFaultPolicy {
  const active = policies.filter((p): p is EntryFaultPolicy => p !== undefined);
  return (entry) => {
    for (const policy of active) {
      const fault = policy(entry);
      if (fault) return fault;
    }
    return undefined;
  };
}
