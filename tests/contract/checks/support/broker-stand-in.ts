import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the stand-in received. */
export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

/**
 * A local stand-in for a Pact Broker: the HAL resources the Pact CLI follows to publish pacts,
 * ask the matrix (can-i-deploy) and record a deployment, shaped as the Pact Broker documents them.
 * It records every request. It does not prove that a real broker accepts them: none is reachable
 * from the machines this repository is built on.
 */
export class BrokerStandIn {
  readonly requests: RecordedRequest[] = [];
  /** What the matrix answers, per pacticipant (default: deployable). */
  deployable = new Map<string, boolean>();
  private server: Server | undefined;
  baseUrl = "";

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        const url = request.url ?? "";
        this.requests.push({
          method: request.method ?? "",
          url,
          authorization: request.headers.authorization,
          body,
        });
        const answer = this.answer(request.method ?? "", url, body);
        response.statusCode = answer.status;
        response.setHeader("Content-Type", "application/hal+json");
        response.end(JSON.stringify(answer.body));
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private answer(method: string, url: string, body: string): { status: number; body: unknown } {
    const base = this.baseUrl;
    if (method === "GET" && url === "/")
      return {
        status: 200,
        body: {
          _links: {
            "pb:publish-contracts": { href: `${base}/contracts/publish` },
            "pb:pacticipant-version": {
              href: `${base}/pacticipants/{pacticipant}/versions/{version}`,
            },
          },
        },
      };
    if (method === "POST" && url === "/contracts/publish") {
      const published = JSON.parse(body) as {
        pacticipantName: string;
        pacticipantVersionNumber: string;
      };
      return {
        status: 200,
        body: {
          notices: [{ type: "success", text: "Published" }],
          _embedded: {
            pacticipant: { name: published.pacticipantName },
            version: { number: published.pacticipantVersionNumber },
          },
          _links: {},
        },
      };
    }
    if (method === "GET" && url.startsWith("/matrix")) {
      const pacticipant = new URL(url, base).searchParams.get("q[][pacticipant]") ?? "";
      const deployable = this.deployable.get(pacticipant) ?? true;
      return {
        status: 200,
        body: {
          summary: {
            deployable,
            reason: deployable
              ? "All required verification results are published and successful"
              : "There is no verified pact",
            success: deployable ? 1 : 0,
            failed: 0,
            unknown: deployable ? 0 : 1,
          },
          matrix: [],
          notices: [],
        },
      };
    }
    const version = /^\/pacticipants\/([^/]+)\/versions\/([^/]+)$/.exec(url);
    if (method === "GET" && version)
      return {
        status: 200,
        body: {
          number: decodeURIComponent(version[2] ?? ""),
          _links: {
            "pb:record-deployment": [
              { name: "production", href: `${base}${url}/deployed-versions/environment/prod-uuid` },
              { name: "staging", href: `${base}${url}/deployed-versions/environment/staging-uuid` },
            ],
          },
        },
      };
    if (method === "POST" && url.includes("/deployed-versions/environment/"))
      return {
        status: 201,
        body: { uuid: "deployment-1", currentlyDeployed: true, _links: {} },
      };
    return { status: 404, body: { error: `the stand-in has no ${method} ${url}` } };
  }
}
