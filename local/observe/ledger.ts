import { createHash } from "node:crypto";

/** How an input entered the pipeline. */
export type InputPath = "sqs" | "async";

/** Where an input can end: exactly one of these, exactly once, or it is unaccounted. */
export type Ending = "success_outcome" | "failure_outcome" | "dead_lettered";

/** One input sent into the pipeline. */
export interface SentInput {
  /** SQS message id (SQS path) or the invocation's request id (async path). */
  readonly id: string;
  readonly path: InputPath;
  /** A label for the summary, e.g. "valid" or "duplicate-sku". */
  readonly kind: string;
  /** The body / payload, to recognise an outcome whose message id changed (a replayed copy). */
  readonly body: string;
  /** What the input should end as, e.g. "success_outcome" or "failure_outcome:DUPLICATE_SKU". */
  readonly expected: string;
}

/** Counts for one kind of input on one path. */
export interface KindRow {
  kind: string;
  path: InputPath;
  sent: number;
  success_outcomes: number;
  failure_outcomes: number;
  dead_lettered: number;
  unaccounted: number;
  multiply_accounted: number;
  as_expected: number;
  /** Failure endings by error code (outcome error_code, or the destination record's errorType). */
  failure_codes: Record<string, number>;
}

/** Where one of the user's own inputs ended; "no ending" while it moves, or when it was lost. */
export type OwnEnding = Ending | "no ending" | "more than one place";

/** One input the user sent by hand: its id, the start of its body, where it ended. */
export interface OwnInputItem {
  id: string;
  /** The first 60 characters of the body, to recognise it. */
  body_start: string;
  ended: OwnEnding;
  /** The outcome's error code (or the destination record's errorType) when it ended as a failure. */
  error_code?: string;
}

/**
 * What the user sent by hand while the pipeline kept running (`npm start -- --keep-running`):
 * not part of the run's expected inputs, reported apart, each with where it ended.
 */
export interface OwnInputs {
  sent: number;
  success_outcomes: number;
  failure_outcomes: number;
  dead_lettered: number;
  /** Still moving while the pipeline runs; lost once it has settled. */
  no_ending: number;
  multiply_accounted: number;
  /** Messages from no input at all, published straight to a topic or sent straight to a DLQ. */
  strays: number;
  items: OwnInputItem[];
}

/** The ledger's verdict: every input accounted for exactly once, or what is not. */
export interface LedgerSummary {
  sent: number;
  sent_sqs: number;
  sent_async: number;
  success_outcomes: number;
  failure_outcomes: number;
  dead_lettered: number;
  unaccounted: number;
  /** Inputs that ended in more than one place (e.g. published AND dead-lettered). */
  multiply_accounted: number;
  /** Further deliveries of an outcome already seen (same outcome_id / request id): at-least-once. */
  duplicate_deliveries: number;
  /** Topic or DLQ messages that belong to no input of this run. */
  unattributed: number;
  /** Outcomes on the wrong topic (a SUCCESS on the failure topic or the reverse). */
  misrouted: number;
  not_as_expected: number;
  by_kind: KindRow[];
  /** Up to 10 ids of unaccounted inputs, to look for. */
  unaccounted_ids: string[];
  /** The user's own inputs (after `acceptOwnInputs`); not counted in any field above. */
  own_inputs: OwnInputs;
}

interface Entry {
  readonly input: SentInput;
  readonly endings: Map<Ending, string>;
  /** Sent by the user, not by the run: reported apart. */
  readonly own?: boolean;
}

/** The summary counter of each ending. */
const ENDING_FIELD = {
  success_outcome: "success_outcomes",
  failure_outcome: "failure_outcomes",
  dead_lettered: "dead_lettered",
} as const;

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Accounts for every input: each must end exactly once as a success outcome, a failure outcome
 * (the processor's own, or a destination record on the async path) or a message in the DLQ.
 * Feed it what was sent and what the topics and the DLQ hold; it matches outcomes by message id,
 * falling back to the body's digest (a replayed message has a new id), and destination records by
 * request id. Pure bookkeeping, no I/O.
 *
 * @example
 * ledger.recordSent({ id: messageId, path: "sqs", kind: "valid", body, expected: "success_outcome" });
 * ledger.observeTopicMessage("success", snsMessageText);
 * ledger.summary().unaccounted; // 0
 */
export class Ledger {
  private readonly byId = new Map<string, Entry>();
  private readonly byDigest = new Map<string, Entry>();
  private readonly seenOutcomes = new Set<string>();
  private duplicates = 0;
  private unattributed = 0;
  private misrouted = 0;
  private acceptingOwn = false;
  /** Topic messages from no input that arrived after `acceptOwnInputs`: the user's. */
  private ownTopicStrays = 0;
  /** DLQ messages from no input, by id: true when first seen after `acceptOwnInputs`. */
  private readonly deadLetterStrays = new Map<string, boolean>();
  /** Ids of the stray DLQ messages seen since the DLQ was last looked at. */
  private strayDeadLetters = new Set<string>();

  recordSent(input: SentInput): void {
    const entry: Entry = { input, endings: new Map() };
    this.byId.set(input.id, entry);
    if (input.path === "sqs") this.byDigest.set(sha256(input.body), entry);
  }

  /**
   * From now on, messages that reach the pipeline without having been recorded are the user's
   * own (sent by hand to a `--keep-running` pipeline): `recordOwnInput` accepts them, and topic
   * or DLQ messages of no input count as the user's strays instead of as unattributed.
   */
  acceptOwnInputs(): void {
    this.acceptingOwn = true;
  }

  /**
   * A message that reached the processor's queue: recorded as the user's own input unless it is
   * one already known (same id) or a replayed copy (same body, new id) of an input that went to
   * the DLQ (see `isReplayedCopy`). Does nothing before `acceptOwnInputs`. Only the SQS path:
   * nothing outside this process can invoke the local functions. Returns whether it recorded it.
   */
  recordOwnInput(input: { id: string; body: string }): boolean {
    if (!this.acceptingOwn || this.byId.has(input.id)) return false;
    const digest = sha256(input.body);
    const sameBody = this.byDigest.get(digest);
    if (sameBody && isReplayedCopy(sameBody)) return false;
    const entry: Entry = {
      input: { ...input, path: "sqs", kind: "your own", expected: "" },
      endings: new Map(),
      own: true,
    };
    this.byId.set(input.id, entry);
    // A later copy is judged against the newest own input with this body, never over a run's.
    if (!sameBody || sameBody.own) this.byDigest.set(digest, entry);
    return true;
  }

  /** Inputs sent so far. */
  get size(): number {
    return this.byId.size;
  }

  /** Inputs that have no ending yet. */
  pending(): number {
    let count = 0;
    for (const entry of this.byId.values()) if (entry.endings.size === 0) count++;
    return count;
  }

  /** The run's inputs that have no ending yet (not the user's own). */
  unended(): SentInput[] {
    return [...this.byId.values()]
      .filter((e) => !e.own && e.endings.size === 0)
      .map((e) => e.input);
  }

  /** A message published to the success or failure topic (the SNS Message text). */
  observeTopicMessage(topic: "success" | "failure", text: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.stray();
      return;
    }
    // Valid JSON but no object (null, a number, an array): a stray publish, not a reason to throw
    // (the tap would then retry its whole batch forever and the run would never settle).
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      this.stray();
      return;
    }
    const message = parsed as Record<string, unknown>;
    const context = message.requestContext as Record<string, unknown> | undefined;
    if (message.message_type === "order.outcome") this.observeOutcome(topic, message);
    else if (typeof context?.requestId === "string") this.observeRecord(topic, message, context);
    else this.stray();
  }

  /** A message found in the orders DLQ. */
  observeDeadLetter(messageId: string, body: string): void {
    const entry = this.byId.get(messageId) ?? this.byDigest.get(sha256(body));
    if (!entry) {
      if (!this.deadLetterStrays.has(messageId)) {
        this.deadLetterStrays.set(messageId, this.acceptingOwn);
      }
      this.strayDeadLetters.add(messageId);
      return;
    }
    entry.endings.set("dead_lettered", "dead_lettered");
  }

  /** Forgets dead-letter endings (before looking at the DLQ again, e.g. after a replay). */
  clearDeadLetters(): void {
    for (const entry of this.byId.values()) entry.endings.delete("dead_lettered");
    this.strayDeadLetters = new Set();
  }

  summary(): LedgerSummary {
    const rows = new Map<string, KindRow>();
    const summary: LedgerSummary = {
      sent: 0,
      sent_sqs: 0,
      sent_async: 0,
      success_outcomes: 0,
      failure_outcomes: 0,
      dead_lettered: 0,
      unaccounted: 0,
      multiply_accounted: 0,
      duplicate_deliveries: this.duplicates,
      unattributed: this.unattributed,
      misrouted: this.misrouted,
      not_as_expected: 0,
      by_kind: [],
      unaccounted_ids: [],
      own_inputs: {
        sent: 0,
        success_outcomes: 0,
        failure_outcomes: 0,
        dead_lettered: 0,
        no_ending: 0,
        multiply_accounted: 0,
        strays: this.ownTopicStrays,
        items: [],
      },
    };
    for (const id of this.strayDeadLetters) {
      if (this.deadLetterStrays.get(id)) summary.own_inputs.strays++;
      else summary.unattributed++;
    }
    for (const entry of this.byId.values()) {
      if (entry.own) {
        addOwnInput(summary.own_inputs, entry);
        continue;
      }
      const { input, endings } = entry;
      const rowKey = `${input.path}:${input.kind}`;
      const row = rows.get(rowKey) ?? emptyRow(input.kind, input.path);
      rows.set(rowKey, row);
      summary.sent++;
      row.sent++;
      if (input.path === "sqs") summary.sent_sqs++;
      else summary.sent_async++;
      if (endings.size === 0) {
        summary.unaccounted++;
        row.unaccounted++;
        if (summary.unaccounted_ids.length < 10) summary.unaccounted_ids.push(input.id);
        summary.not_as_expected++;
        continue;
      }
      if (endings.size > 1) {
        summary.multiply_accounted++;
        row.multiply_accounted++;
        summary.not_as_expected++;
        continue;
      }
      const [[ending, detail]] = [...endings] as [[Ending, string]];
      const field = ENDING_FIELD[ending];
      summary[field]++;
      row[field]++;
      if (ending === "failure_outcome") {
        const code = detail.slice("failure_outcome:".length);
        row.failure_codes[code] = (row.failure_codes[code] ?? 0) + 1;
      }
      if (detail === input.expected) row.as_expected++;
      else summary.not_as_expected++;
    }
    summary.by_kind = [...rows.values()].sort(
      (a, b) =>
        PATH_ORDER[a.path] - PATH_ORDER[b.path] ||
        kindOrder(a.kind) - kindOrder(b.kind) ||
        a.kind.localeCompare(b.kind),
    );
    return summary;
  }

  private observeOutcome(topic: "success" | "failure", outcome: Record<string, unknown>): void {
    const outcomeId = String(outcome.outcome_id);
    if (this.seenOutcomes.has(`outcome:${outcomeId}`)) {
      this.duplicates++;
      return;
    }
    this.seenOutcomes.add(`outcome:${outcomeId}`);
    const status = outcome.status;
    if ((status === "SUCCESS") !== (topic === "success")) this.misrouted++;
    const entry = this.entryOfOutcome(outcome);
    if (!entry) {
      this.stray();
      return;
    }
    if (status === "SUCCESS") entry.endings.set("success_outcome", "success_outcome");
    else entry.endings.set("failure_outcome", `failure_outcome:${String(outcome.error_code)}`);
  }

  private observeRecord(
    topic: "success" | "failure",
    record: Record<string, unknown>,
    context: Record<string, unknown>,
  ): void {
    const requestId = String(context.requestId);
    if (this.seenOutcomes.has(`request:${requestId}`)) {
      this.duplicates++;
      return;
    }
    this.seenOutcomes.add(`request:${requestId}`);
    const success = context.condition === "Success";
    if (success !== (topic === "success")) this.misrouted++;
    const entry = this.byId.get(requestId);
    if (entry?.input.path !== "async") {
      this.stray();
      return;
    }
    if (success) {
      entry.endings.set("success_outcome", "success_outcome");
      return;
    }
    const payload = record.responsePayload as { errorType?: unknown } | undefined;
    const errorType = typeof payload?.errorType === "string" ? payload.errorType : "UNKNOWN";
    const code = errorType.startsWith("OrderRejected.") ? errorType.slice(14) : errorType;
    entry.endings.set("failure_outcome", `failure_outcome:${code}`);
  }

  /** A topic message of no input: the user's once own inputs are accepted, else unattributed. */
  private stray(): void {
    if (this.acceptingOwn) this.ownTopicStrays++;
    else this.unattributed++;
  }

  private entryOfOutcome(outcome: Record<string, unknown>): Entry | undefined {
    const byId = this.byId.get(String(outcome.message_id));
    if (byId && byId.input.path === "sqs") return byId;
    const digest =
      outcome.body_truncated === true && typeof outcome.body_sha256 === "string"
        ? outcome.body_sha256
        : typeof outcome.body === "string"
          ? sha256(outcome.body)
          : undefined;
    return digest === undefined ? undefined : this.byDigest.get(digest);
  }
}

/**
 * Whether a message with this input's body and a new id is its copy moved back from the DLQ. A
 * run's input without an outcome is in the DLQ or on its way there. The user's own input only
 * when it was last seen in the DLQ: the same body sent twice by hand is two inputs. (The DLQ is
 * looked at for each summary, so an own input that reaches the DLQ and is replayed before the
 * next summary counts as a second input, and the first one as ended nowhere.)
 */
function isReplayedCopy(of: Entry): boolean {
  const hasOutcome = of.endings.has("success_outcome") || of.endings.has("failure_outcome");
  return of.own ? !hasOutcome && of.endings.has("dead_lettered") : !hasOutcome;
}

function addOwnInput(own: OwnInputs, { input, endings }: Entry): void {
  own.sent++;
  const item: OwnInputItem = {
    id: input.id,
    body_start: input.body.slice(0, 60),
    ended: "no ending",
  };
  if (endings.size === 0) own.no_ending++;
  else if (endings.size > 1) {
    own.multiply_accounted++;
    item.ended = "more than one place";
  } else {
    const [[ending, detail]] = [...endings] as [[Ending, string]];
    own[ENDING_FIELD[ending]]++;
    item.ended = ending;
    if (ending === "failure_outcome") item.error_code = detail.slice("failure_outcome:".length);
  }
  own.items.push(item);
}

function emptyRow(kind: string, path: InputPath): KindRow {
  return {
    kind,
    path,
    sent: 0,
    success_outcomes: 0,
    failure_outcomes: 0,
    dead_lettered: 0,
    unaccounted: 0,
    multiply_accounted: 0,
    as_expected: 0,
    failure_codes: {},
  };
}

/** The queue first (the main path), then asynchronous invocations. */
const PATH_ORDER: Record<InputPath, number> = { sqs: 0, async: 1 };

/** Valid first, then the rejections, then anything else. */
function kindOrder(kind: string): number {
  return kind === "valid" ? 0 : kind.startsWith("valid") ? 1 : 2;
}
