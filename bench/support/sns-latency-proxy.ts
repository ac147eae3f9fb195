import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { forwardRequest, readBody } from "../../local/http/forward";

/** What the proxy saw, for the benchmark's SNS request counts and for checking the model held. */
export interface SnsLatencyStats {
  /** SNS API calls answered (every request the proxy forwarded). */
  calls: number;
  /** Calls per SNS action (`Publish`, `PublishBatch`, ...). */
  byAction: Record<string, number>;
  /** SNS bills each started 64 KB of a request's payload as one request: their sum (an upper bound, over the URL-encoded body). */
  billableRequests: number;
  /** Bytes of the requests' bodies, as the client sent them (URL-encoded): the outcomes on the wire. */
  requestBodyBytes: number;
  /** Calls the emulator itself took longer than the round-trip time to answer: those took longer than modelled. */
  slowerThanRtt: number;
  /** Sum of the calls' durations as the caller saw them leave the proxy (ms): at least `rttMs` each. */
  heldMs: number;
  /** Most calls in flight at once. */
  peakInFlight: number;
}

/** 64 KB: SNS bills each started chunk of this size of a publish's payload as one request. */
export const SNS_BILLING_CHUNK_BYTES = 65_536;

const ACTION = /(?:^|&)Action=([A-Za-z]+)/;

/**
 * A latency model on the SNS path: an HTTP proxy in front of the emulator that makes every SNS API
 * call take a fixed round-trip time, as a call to SNS in AWS takes its network and service time.
 * Each request is forwarded at once; its response leaves the proxy `rttMs` after the request
 * arrived, or when the emulator answers if that is later (counted in `slowerThanRtt`: the
 * emulator's own time is hidden inside the round trip, as SNS's service time is inside its
 * latency). Requests and responses pass unchanged; point a client's SNS endpoint at `endpoint`.
 *
 * Timers have millisecond granularity: a call is held at least `rttMs` and typically up to 1 ms
 * longer (`heldMs / calls` says by how much).
 *
 * @example
 * const proxy = await SnsLatencyProxy.start(emulator.endpoint, { rttMs: 15 });
 * process.env.AWS_ENDPOINT_URL_SNS = proxy.endpoint;
 * await proxy.stop();
 */
export class SnsLatencyProxy {
  readonly stats: SnsLatencyStats = {
    calls: 0,
    byAction: {},
    billableRequests: 0,
    requestBodyBytes: 0,
    slowerThanRtt: 0,
    heldMs: 0,
    peakInFlight: 0,
  };
  private inFlight = 0;

  private constructor(
    private readonly server: Server,
    private readonly target: URL,
    readonly rttMs: number,
    readonly endpoint: string,
  ) {}

  /** Starts the proxy on a free local port, forwarding to `targetEndpoint` with `rttMs` per call. */
  static async start(targetEndpoint: string, options: { rttMs: number }): Promise<SnsLatencyProxy> {
    const { rttMs } = options;
    if (!(Number.isFinite(rttMs) && rttMs >= 0)) {
      throw new RangeError(`SNS round-trip time must be a number of ms >= 0, got ${rttMs}`);
    }
    let proxy: SnsLatencyProxy | undefined;
    const server = createServer((req, res) => {
      proxy?.handle(req, res).catch((error: Error) => {
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
        res.end(`SNS latency proxy could not forward the request: ${error.message}`);
      });
    });
    // Keep-alive as SNS's endpoint does: the SDK reuses connections, and so must the model.
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    proxy = new SnsLatencyProxy(server, new URL(targetEndpoint), rttMs, `http://127.0.0.1:${port}`);
    return proxy;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = performance.now();
    const due = arrived + this.rttMs;
    this.inFlight++;
    this.stats.peakInFlight = Math.max(this.stats.peakInFlight, this.inFlight);
    try {
      const body = await readBody(req);
      const action = actionOf(req, body);
      this.stats.byAction[action] = (this.stats.byAction[action] ?? 0) + 1;
      this.stats.billableRequests += Math.max(1, Math.ceil(body.length / SNS_BILLING_CHUNK_BYTES));
      this.stats.requestBodyBytes += body.length;
      const upstream = await forwardRequest(this.target, req, body);
      if (performance.now() > due) this.stats.slowerThanRtt++;
      else await holdUntil(due);
      res.writeHead(upstream.status, upstream.headers);
      res.end(upstream.body);
      this.stats.calls++;
      this.stats.heldMs += performance.now() - arrived;
    } finally {
      this.inFlight--;
    }
  }
}

/** The SNS action of a request: the query protocol's `Action=` field, else the JSON protocol's target. */
function actionOf(req: IncomingMessage, body: Buffer): string {
  const target = req.headers["x-amz-target"];
  if (typeof target === "string") return target.split(".").pop() ?? target;
  const match = ACTION.exec(body.subarray(0, 256).toString("latin1"));
  return match?.[1] ?? "Unknown";
}

/** Resolves at `due` (a performance.now() reading) or just after: never before it. */
function holdUntil(due: number): Promise<void> {
  return new Promise((resolve) => {
    const wait = () => {
      const left = due - performance.now();
      if (left <= 0) resolve();
      else setTimeout(wait, Math.ceil(left));
    };
    wait();
  });
}
