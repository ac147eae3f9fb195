import type { PublishBatchRequestEntry, SNSClient } from "@aws-sdk/client-sns";

/** How SNS would report one failed PublishBatch entry. */
export interface EntryFault {
  readonly code: string;
  readonly message: string;
  readonly senderFault?: boolean;
}

/** An HTTP error response to send back instead of making the request. */
export interface HttpFault {
  readonly status: number;
  /** The awsQuery error code, e.g. "Throttled" (429) or "InternalError" (500). */
  readonly code: string;
  readonly message: string;
}

/** What to break. Every field is optional; a plan with none breaks nothing. */
export interface SnsFaultPlan {
  /**
   * Entries of a PublishBatch call to report in `Failed`: they are taken out of the request before it
   * is sent, so they are not delivered, and added to the response's `Failed` list, exactly as SNS
   * reports a per-entry failure in an HTTP 200 response.
   */
  readonly failEntries?: (entry: PublishBatchRequestEntry) => EntryFault | undefined;
  /** For HTTP attempt `n` (1-based, counted over all calls, retries included): a fault, or undefined to send it. */
  readonly httpFault?: (attempt: number) => HttpFault | undefined;
}

/** What the faults saw: every HTTP attempt the SDK made, faulted or sent. */
export interface SnsFaultProbe {
  readonly attempts: { n: number; faulted: HttpFault | undefined }[];
}

/**
 * Injects faults into an existing SNS client with two SDK middlewares, leaving the code under test
 * (publisher, handler) untouched:
 *
 * - `failEntries`, at the initialize step (outside retries): removes chosen PublishBatch entries from
 *   the request and reports them in `Failed`.
 * - `httpFault`, at the deserialize step right after the deserializer (inside the SDK's retry loop,
 *   after signing): answers an attempt with a real awsQuery error response (status, XML body), which
 *   the SDK parses and classifies itself (429 throttling, 5xx transient: both retried by the
 *   standard retry strategy).
 *
 * @example
 * const sns = emulator.snsClient();
 * const probe = injectSnsFaults(sns, { httpFault: () => ({ status: 429, code: "Throttled", message: "Rate exceeded" }) });
 * await handler(event); // every record in batchItemFailures after the SDK's 3 attempts
 * probe.attempts.length; // 3 per PublishBatch call
 */
export function injectSnsFaults(client: SNSClient, plan: SnsFaultPlan): SnsFaultProbe {
  const probe: SnsFaultProbe = { attempts: [] };
  // The middlewares are typed loosely (`as never`): their SDK types live in @smithy/types, which this
  // repository does not depend on directly.

  if (plan.failEntries) {
    const failEntries = plan.failEntries;
    const initialize = ((next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
      const { input } = args as {
        input: { PublishBatchRequestEntries?: PublishBatchRequestEntry[] };
      };
      const entries = input.PublishBatchRequestEntries;
      if (!entries) return next(args);
      const kept: PublishBatchRequestEntry[] = [];
      const failed: { Id: string; Code: string; Message: string; SenderFault: boolean }[] = [];
      for (const entry of entries) {
        const fault = failEntries(entry);
        if (fault) {
          failed.push({
            Id: entry.Id ?? "",
            Code: fault.code,
            Message: fault.message,
            SenderFault: fault.senderFault ?? false,
          });
        } else kept.push(entry);
      }
      if (kept.length === 0) {
        return { output: { Successful: [], Failed: failed, $metadata: { httpStatusCode: 200 } } };
      }
      const result = (await next({
        ...(args as object),
        input: { ...input, PublishBatchRequestEntries: kept },
      })) as { output: { Failed?: unknown[] } };
      return {
        ...result,
        output: { ...result.output, Failed: [...(result.output.Failed ?? []), ...failed] },
      };
    }) as never;
    client.middlewareStack.add(initialize, { step: "initialize", name: "snsFaultFailEntries" });
  }

  if (plan.httpFault) {
    const httpFault = plan.httpFault;
    const deserialize = ((next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
      const n = probe.attempts.length + 1;
      const fault = httpFault(n);
      probe.attempts.push({ n, faulted: fault });
      if (!fault) return next(args);
      const xml =
        `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>${fault.status < 500 ? "Sender" : "Receiver"}</Type>` +
        `<Code>${fault.code}</Code><Message>${fault.message}</Message></Error><RequestId>fault-${n}</RequestId></ErrorResponse>`;
      return {
        response: {
          statusCode: fault.status,
          reason: fault.code,
          headers: { "content-type": "text/xml", "x-amzn-requestid": `fault-${n}` },
          body: Buffer.from(xml),
        },
        output: undefined,
      };
    }) as never;
    client.middlewareStack.addRelativeTo(deserialize, {
      relation: "after",
      toMiddleware: "deserializerMiddleware",
      name: "snsFaultHttp",
    });
  }
  return probe;
}
