// Plain HTTP forwarding for the local proxies in front of the emulator (the SNS fault proxy, the
// benchmark's SNS latency proxy): read a body, replay a request upstream, return its answer.
import { type IncomingMessage, request } from "node:http";

/** An upstream answer, with the headers an AWS SDK reads from it. */
export interface UpstreamAnswer {
  status: number;
  /** `content-type` (text/xml when absent) and, when present, `x-amzn-requestid`. */
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Reads a stream to its end.
 *
 * @example const body = await readBody(req); // Buffer of the request body
 */
export function readBody(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/**
 * Sends `req` (whose body was already read into `body`) to `target`, with the same method, path
 * and headers (host and length adjusted), and resolves with the upstream answer.
 *
 * @example const answer = await forwardRequest(new URL("http://127.0.0.1:4566"), req, body); // answer.status 200
 */
export function forwardRequest(
  target: URL,
  req: IncomingMessage,
  body: Buffer,
): Promise<UpstreamAnswer> {
  const headers = { ...req.headers, host: target.host, "content-length": String(body.length) };
  return new Promise((resolve, reject) => {
    const upstream = request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers },
      (response) => {
        readBody(response).then((data) => {
          const requestId = response.headers["x-amzn-requestid"];
          resolve({
            status: response.statusCode ?? 502,
            headers: {
              "content-type": String(response.headers["content-type"] ?? "text/xml"),
              ...(requestId ? { "x-amzn-requestid": String(requestId) } : {}),
            },
            body: data,
          });
        }, reject);
      },
    );
    upstream.on("error", reject);
    upstream.end(body);
  });
}
