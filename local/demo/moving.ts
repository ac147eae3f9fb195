import type { Delivery } from "../observe/deliveries";
import type { SentInput } from "../observe/ledger";

/** What the progress line knows about the inputs that have not ended yet. */
export interface MovingInputs {
  /** Inputs with no ending yet, from the ledger. */
  readonly unended: readonly SentInput[];
  /** The processor mapping's last delivery of a message, by SQS message id. */
  readonly delivery: (messageId: string) => Delivery | undefined;
  /** The orders queue's maxReceiveCount: after that many receives SQS moves a message to the DLQ. */
  readonly maxReceiveCount: number;
  /** Messages in the orders DLQ now (the ledger counts them only at the summary). */
  readonly inDeadLetterQueue: number;
}

/** One group of inputs still moving, and why. */
export interface MovingGroup {
  readonly count: number;
  readonly why: string;
}

/**
 * Why each input that has not ended is still moving, in groups a person can read, e.g.
 * "2 poisoned orders on their way to the DLQ (receive 3 of 5)". Inputs that were delivered
 * `maxReceiveCount` times and left on the queue are in the DLQ or about to be: as many as the DLQ
 * holds count as arrived and are left out. Pure.
 *
 * @example describeMoving(moving).map((g) => `${g.count} ${g.why}`).join(", ")
 */
export function describeMoving(moving: MovingInputs): MovingGroup[] {
  const { maxReceiveCount } = moving;
  const waiting: SentInput[] = [];
  const poisoned: number[] = [];
  const retried: number[] = [];
  const published: SentInput[] = [];
  const invoked: SentInput[] = [];
  let atLimit = 0;
  for (const input of moving.unended) {
    if (input.path === "async") {
      invoked.push(input);
      continue;
    }
    const delivery = moving.delivery(input.id);
    if (!delivery) waiting.push(input);
    else if (delivery.last === "deleted") published.push(input);
    else if (delivery.receives >= maxReceiveCount) atLimit++;
    else if (input.expected === "dead_lettered") poisoned.push(delivery.receives);
    else retried.push(delivery.receives);
  }
  const toDeadLetterQueue = Math.max(0, atLimit - moving.inDeadLetterQueue);
  const of = (receives: number[]) => `receive ${range(receives)} of ${maxReceiveCount}`;
  return [
    { count: waiting.length, why: "waiting for the processor" },
    {
      count: poisoned.length,
      why: `poisoned ${plural(poisoned.length, "order")} on ${poisoned.length === 1 ? "its" : "their"} way to the DLQ (${of(poisoned)})`,
    },
    {
      count: retried.length,
      why: `${plural(retried.length, "order")} to be tried again, ${retried.length === 1 ? "its" : "their"} outcome not yet published (${of(retried)})`,
    },
    {
      count: toDeadLetterQueue,
      why: `${plural(toDeadLetterQueue, "order")} reaching the DLQ after receive ${maxReceiveCount} of ${maxReceiveCount}`,
    },
    {
      count: published.length,
      why: `${plural(published.length, "outcome")} on ${published.length === 1 ? "its" : "their"} way through SNS`,
    },
    {
      count: invoked.length,
      why: `asynchronous ${plural(invoked.length, "invocation")} running or retried by Lambda`,
    },
  ].filter((g) => g.count > 0);
}

/** "3" or "2-4". */
function range(values: number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}-${high}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
