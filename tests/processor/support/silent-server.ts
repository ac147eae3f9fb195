import { createServer, type Socket } from "node:net";

/** A TCP server that accepts every connection, reads what it is sent, and never answers. */
export interface SilentServer {
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Connections still open: the client has neither closed nor destroyed them. */
  readonly open: number;
  /** Resolves once every connection accepted so far is closed (or rejects after `timeoutMs`). */
  allClosed(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts an endpoint that hangs every request: what an SNS endpoint looks like when a network path
 * black-holes responses or the service stalls. Only the client can end a connection.
 *
 * @example
 * const silent = await startSilentServer();
 * const sns = createSnsClient(timing, { endpoint: silent.endpoint, region, credentials });
 * await silent.stop();
 */
export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on("data", () => {}); // read and drop: never answer
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("no address");
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    get connections() {
      return connections;
    },
    get open() {
      return sockets.size;
    },
    async allClosed(timeoutMs = 2000) {
      const until = Date.now() + timeoutMs;
      while (sockets.size > 0) {
        if (Date.now() > until) throw new Error(`${sockets.size} connection(s) still open`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
