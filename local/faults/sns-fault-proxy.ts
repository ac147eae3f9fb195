import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { forwardRequest, readBody } from "../http/forward";

/** One PublishBatch entry as the proxy sees it on the wire. */
export interface PublishedEntry {
  readonly topicArn: string;
  readonly id: string;
  /** The SNS Message text (an outcome's JSON). */
  readonly message: string;
}

/** An injected per-entry failure, reported in PublishBatch's `Failed` list as SNS reports one. */
export interface EntryFault {
  readonly code: string;
  readonly message: string;
}

/** Decides whether one entry fails; `undefined` lets it through. */
export type EntryFaultPolicy = (entry: PublishedEntry) => EntryFault | undefined;

/** One Publish or PublishBatch HTTP request (one attempt of the SDK) as the proxy sees it. */
export interface PublishCall {
  readonly action: "Publish" | "PublishBatch";
  readonly topicArn: string;
}

/**
 * A fault of a whole Publish/PublishBatch request (one HTTP attempt: the SDK's retries each get
 * their own draw):
 * - `http`: an awsQuery error response with this status (500 InternalFailure, 503
 *   ServiceUnavailable…); nothing is published;
 * - `hang`: the connection is accepted and the request read, and nothing ever answers it; nothing
 *   is published (only the client's timeout or abort ends it);
 * - `lost-response`: the request is forwarded (the emulator publishes it) and the answer never
 *   comes back: the client cannot tell it from a hang, but SNS did deliver.
 */
export type CallFault =
  | {
      readonly kind: "http";
      readonly status: number;
      readonly code: string;
      readonly message: string;
    }
  | { readonly kind: "hang" }
  | { readonly kind: "lost-response" };

/** Decides whether one Publish/PublishBatch request fails as a whole; `undefined` lets it through. */
export type CallFaultPolicy = (call: PublishCall) => CallFault | undefined;

/** What the proxy injected so far. */
export interface FaultStats {
  /** Entries reported as failed in an HTTP 200 PublishBatch response. */
  entriesFailed: number;
  /** Publish/PublishBatch requests answered with an HTTP 5xx error (outage, or an `http` call fault). */
  callsFailed: number;
  /** Publish/PublishBatch requests left unanswered and not forwarded (`hang`). */
  callsHung: number;
  /** Publish/PublishBatch requests forwarded and then left unanswered (`lost-response`). */
  responsesLost: number;
  /** PublishBatch entries forwarded to the emulator (in `lost-response` requests too). */
  entriesForwarded: number;
}

const OUTAGE: CallFault = {
  kind: "http",
  status: 500,
  code: "InternalFailure",
  message: "injected fault: SNS is unavailable (local fault proxy)",
};

const SNS_XMLNS = "http://sns.amazonaws.com/doc/2010-03-31/";
const MEMBER = /^PublishBatchRequestEntries\.member\.(\d+)\.(.+)$/;

/**
 * An HTTP proxy in front of the emulator's SNS API that injects the faults SNS really produces, so
 * the processor's own handler (functions/processor/handler.ts, its SDK client and retries) meets
 * them on the wire:
 * - entry faults: chosen PublishBatch entries come back in `Failed` (HTTP 200), the others are
 *   published;
 * - call faults: chosen Publish/PublishBatch requests get an HTTP 5xx error, hang (accepted, never
 *   answered) or lose their response after being published (`CallFault`);
 * - outage: every Publish/PublishBatch gets HTTP 500 InternalFailure (the SDK retries, then throws).
 * Everything else (and all SQS traffic) passes through untouched. Point AWS_ENDPOINT_URL_SNS of
 * the function at `endpoint`. Request signatures are not re-computed: emulator use only.
 *
 * @example
 * const proxy = await SnsFaultProxy.start(emulator.endpoint);
 * proxy.setEntryFaults(() => ({ code: "InternalError", message: "injected" }));
 * proxy.setCallFaults(() => ({ kind: "hang" }));
 * proxy.setOutage(true);
 * await proxy.stop();
 */
export class SnsFaultProxy {
  readonly stats: FaultStats = {
    entriesFailed: 0,
    callsFailed: 0,
    callsHung: 0,
    responsesLost: 0,
    entriesForwarded: 0,
  };
  private entryFaults: EntryFaultPolicy | undefined;
  private callFaults: CallFaultPolicy | undefined;
  private outage = false;

  private constructor(
    private readonly server: Server,
    private readonly target: URL,
    readonly endpoint: string,
  ) {}

  /** Starts the proxy on a free local port, forwarding to `targetEndpoint`. */
  static async start(targetEndpoint: string): Promise<SnsFaultProxy> {
    let proxy: SnsFaultProxy | undefined;
    const server = createServer((req, res) => {
      proxy?.handle(req, res).catch((error: Error) => {
        res.statusCode = 502;
        res.end(`fault proxy could not forward the request: ${error.message}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    proxy = new SnsFaultProxy(server, new URL(targetEndpoint), `http://127.0.0.1:${port}`);
    return proxy;
  }

  /** Fails the entries `policy` picks from now on; `undefined` clears entry faults. */
  setEntryFaults(policy: EntryFaultPolicy | undefined): void {
    this.entryFaults = policy;
  }

  /**
   * Fails the Publish/PublishBatch requests `policy` picks, as a whole, from now on (before any
   * entry fault); `undefined` clears call faults. Requests already hanging stay unanswered.
   */
  setCallFaults(policy: CallFaultPolicy | undefined): void {
    this.callFaults = policy;
  }

  /** Turns an SNS outage (HTTP 500 for every publish) on or off. */
  setOutage(on: boolean): void {
    this.outage = on;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const contentType = req.headers["content-type"] ?? "";
    if (!contentType.includes("application/x-www-form-urlencoded")) {
      return this.forward(req, body, res);
    }
    const params = new URLSearchParams(body.toString("utf8"));
    const action = params.get("Action");
    if (action !== "PublishBatch" && action !== "Publish") return this.forward(req, body, res);
    const fault = this.outage
      ? OUTAGE
      : this.callFaults?.({ action, topicArn: params.get("TopicArn") ?? "" });
    if (fault?.kind === "http") {
      this.stats.callsFailed++;
      res.writeHead(fault.status, { "content-type": "text/xml" });
      res.end(errorXml(fault.code, fault.message, fault.status < 500 ? "Sender" : "Receiver"));
      return;
    }
    if (fault?.kind === "hang") {
      this.stats.callsHung++;
      return; // never answered: only the client's timeout or abort closes the connection
    }
    if (fault?.kind === "lost-response") {
      this.stats.responsesLost++;
      if (action === "PublishBatch") this.stats.entriesForwarded += countEntries(params);
      await forwardRequest(this.target, req, body);
      return; // published, but the answer never comes back
    }
    if (action === "Publish" || this.entryFaults === undefined) {
      if (action === "PublishBatch") this.stats.entriesForwarded += countEntries(params);
      return this.forward(req, body, res);
    }
    return this.publishBatchWithFaults(req, params, res, this.entryFaults);
  }

  private async publishBatchWithFaults(
    req: IncomingMessage,
    params: URLSearchParams,
    res: ServerResponse,
    policy: EntryFaultPolicy,
  ): Promise<void> {
    const topicArn = params.get("TopicArn") ?? "";
    const members = new Map<string, [string, string][]>();
    const other: [string, string][] = [];
    for (const [key, value] of params) {
      const match = MEMBER.exec(key);
      if (!match) {
        other.push([key, value]);
        continue;
      }
      const [, index = "", field = ""] = match;
      const fields = members.get(index) ?? [];
      fields.push([field, value]);
      members.set(index, fields);
    }
    const kept = new URLSearchParams(other);
    const failed: string[] = [];
    let next = 1;
    for (const fields of members.values()) {
      const id = fields.find(([f]) => f === "Id")?.[1] ?? "";
      const message = fields.find(([f]) => f === "Message")?.[1] ?? "";
      const fault = policy({ topicArn, id, message });
      if (fault) {
        failed.push(
          `<member><Id>${escapeXml(id)}</Id><Code>${escapeXml(fault.code)}</Code><Message>${escapeXml(fault.message)}</Message><SenderFault>false</SenderFault></member>`,
        );
        continue;
      }
      for (const [field, value] of fields) {
        kept.append(`PublishBatchRequestEntries.member.${next}.${field}`, value);
      }
      next++;
    }
    this.stats.entriesFailed += failed.length;
    this.stats.entriesForwarded += next - 1;
    if (next === 1) {
      res.writeHead(200, { "content-type": "text/xml" });
      res.end(publishBatchXml("", failed.join("")));
      return;
    }
    const upstream = await forwardRequest(this.target, req, Buffer.from(kept.toString(), "utf8"));
    let text = upstream.body.toString("utf8");
    if (upstream.status === 200 && failed.length > 0) {
      text = text.includes("<Failed/>")
        ? text.replace("<Failed/>", `<Failed>${failed.join("")}</Failed>`)
        : text.replace("<Failed>", `<Failed>${failed.join("")}`);
    }
    res.writeHead(upstream.status, { "content-type": upstream.headers["content-type"] });
    res.end(text);
  }

  private async forward(req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const upstream = await forwardRequest(this.target, req, body);
    res.writeHead(upstream.status, { "content-type": upstream.headers["content-type"] });
    res.end(upstream.body);
  }
}

function publishBatchXml(successful: string, failed: string): string {
  return `<PublishBatchResponse xmlns="${SNS_XMLNS}"><PublishBatchResult><Successful>${successful}</Successful><Failed>${failed}</Failed></PublishBatchResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></PublishBatchResponse>`;
}

/** PublishBatch entries in a request (members with an Id). */
function countEntries(params: URLSearchParams): number {
  let count = 0;
  for (const key of params.keys()) {
    const match = MEMBER.exec(key);
    if (match?.[2] === "Id") count++;
  }
  return count;
}

function errorXml(code: string, message: string, type: "Sender" | "Receiver" = "Receiver"): string {
  return `<ErrorResponse xmlns="${SNS_XMLNS}"><Error><Type>${type}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;
}

function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}
