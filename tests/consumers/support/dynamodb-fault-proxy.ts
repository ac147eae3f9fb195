import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { forwardRequest, readBody } from "../../../local/http/forward";

/** One DynamoDB API call as the proxy sees it: the operation and its JSON request. */
export interface DynamoDbCall {
  /** "PutItem", "UpdateItem", "GetItem", "DeleteItem", … (from X-Amz-Target). */
  readonly operation: string;
  readonly input: Record<string, unknown>;
}

/**
 * What happens to a call: forwarded, forwarded once `until` settles (a store that answers late, or
 * never), or its connection is destroyed (a store that is gone).
 */
export type CallFate =
  | { action: "pass" }
  | { action: "hold"; until: Promise<void> }
  | { action: "reset" };

/**
 * An HTTP proxy in front of a DynamoDB-compatible server (dynalite) that decides, call by call,
 * whether to forward, hold or drop it, so consumers meet store failures on the wire: a Lambda that
 * dies after its work and before the idempotency record is COMPLETED, a concurrent holder of a key,
 * a store that is unreachable. Calls are forwarded with their headers (signatures unchanged:
 * dynalite does not check them).
 *
 * @example
 * const proxy = await DynamoDbFaultProxy.start(dynamo.endpoint, (call) => call.operation === "UpdateItem" ? { action: "hold", until: never } : { action: "pass" });
 * await proxy.stop();
 */
export class DynamoDbFaultProxy {
  /** Every call seen, in order. */
  readonly calls: DynamoDbCall[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly endpoint: string,
  ) {
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  static async start(
    target: string,
    fate: (call: DynamoDbCall) => CallFate,
  ): Promise<DynamoDbFaultProxy> {
    const upstream = new URL(target);
    const server = createServer((req, res) => {
      void handle(req, res, upstream, fate, proxy);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const proxy = new DynamoDbFaultProxy(
      server,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    );
    return proxy;
  }

  /** Closes every connection (held calls included) and the listener. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: URL,
  fate: (call: DynamoDbCall) => CallFate,
  proxy: DynamoDbFaultProxy,
): Promise<void> {
  const body = await readBody(req);
  const target = String(req.headers["x-amz-target"] ?? "");
  const call: DynamoDbCall = {
    operation: target.slice(target.indexOf(".") + 1),
    input: body.length > 0 ? JSON.parse(body.toString("utf8")) : {},
  };
  proxy.calls.push(call);
  const decided = fate(call);
  if (decided.action === "reset") {
    req.socket.destroy();
    return;
  }
  if (decided.action === "hold") await decided.until;
  if (req.socket.destroyed) return;
  try {
    const answer = await forwardRequest(upstream, req, body);
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  } catch {
    req.socket.destroy();
  }
}
