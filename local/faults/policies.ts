import { createHash } from "node:crypto";
import { seededRandom } from "../producer";
import type { CallFault, CallFaultPolicy, EntryFault, EntryFaultPolicy } from "./sns-fault-proxy";

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

/** The ways a publish can fail at random: a failed entry, an HTTP 5xx answer, a request that hangs. */
export type FaultKind = "entry" | "5xx" | "hang";

/** Every fault kind, in the order the soak lists them. */
export const FAULT_KINDS: readonly FaultKind[] = Object.freeze(["entry", "5xx", "hang"]);

/** The 5xx answers SNS gives when it fails (the SDK retries both). */
export const SERVER_ERRORS: readonly CallFault[] = Object.freeze([
  {
    kind: "http",
    status: 500,
    code: "InternalFailure",
    message: "injected fault: SNS failed internally (local fault proxy)",
  },
  {
    kind: "http",
    status: 503,
    code: "ServiceUnavailable",
    message: "injected fault: SNS is unavailable (local fault proxy)",
  },
]);

const HANG: CallFault = Object.freeze({ kind: "hang" });

/** Entry and call policies for the fault proxy (either may be undefined: that kind is off). */
export interface PublishFaults {
  readonly entry: EntryFaultPolicy | undefined;
  readonly call: CallFaultPolicy | undefined;
}

/**
 * Random publish faults of the given kinds, such that each attempt to publish an outcome fails with
 * probability `rate`, the failures split evenly among the kinds. A request (one HTTP attempt) is
 * failed as a whole, by a 5xx answer or a hang, with probability `rate × c` (c: the share of the
 * kinds that are whole-request kinds); otherwise each of its entries fails alone with the probability
 * that makes up the rest. Reproducible per seed in draw order; the SDK's retries of a 5xx or a hang
 * get fresh draws, as transient faults would.
 *
 * @example
 * const faults = randomPublishFaults(0.3, 42, ["entry", "5xx", "hang"]);
 * proxy.setEntryFaults(faults.entry); proxy.setCallFaults(faults.call);
 */
export function randomPublishFaults(
  rate: number,
  seed: number,
  kinds: readonly FaultKind[] = FAULT_KINDS,
): PublishFaults {
  if (!(rate >= 0 && rate <= 1))
    throw new RangeError(`fault rate must be within 0..1, got ${rate}`);
  const unknown = kinds.filter((k) => !FAULT_KINDS.includes(k));
  if (unknown.length > 0 || kinds.length === 0) {
    throw new RangeError(
      `fault kinds must be one or more of ${FAULT_KINDS.join(", ")}, got ${kinds.join(", ") || "none"}`,
    );
  }
  const chosen = [...new Set(kinds)];
  const callKinds = chosen.filter((k) => k !== "entry");
  const callShare = callKinds.length / chosen.length;
  const callRate = rate * callShare;
  // P(entry fails) = callRate + (1 - callRate) × entryRate = rate.
  const entryRate =
    chosen.includes("entry") && callRate < 1 ? (rate - callRate) / (1 - callRate) : 0;
  const random = seededRandom(seed ^ 0x5eed);
  return {
    entry: entryRate > 0 ? randomEntryFaults(entryRate, seed) : undefined,
    call:
      callRate > 0
        ? () => {
            if (random.next() >= callRate) return undefined;
            const kind = random.pick(callKinds);
            return kind === "hang" ? HANG : random.pick(SERVER_ERRORS);
          }
        : undefined,
  };
}
