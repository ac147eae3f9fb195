import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canIDeploy, publishPact } from "../../../contracts/broker/broker-client";
import {
  authorization,
  brokerConfigFromEnvironment,
  NO_BROKER_NOTICE,
} from "../../../contracts/broker/broker-config";
import { gitVersion } from "../../../contracts/broker/git-version";
import { pactSourceFromEnvironment } from "../../../contracts/verification/pact-source";

// These tests check the requests our broker client makes against a local stand-in that records
// them. They do not show that a real Pact Broker accepts them: none is reachable here.
interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}
const recorded: Recorded[] = [];
let server: Server;
let baseUrl: string;
let matrixAnswer: unknown = {
  summary: {
    deployable: true,
    reason: "All required verification results are published and successful",
  },
};

const body = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = "";
    request.on("data", (chunk) => {
      text += chunk;
    });
    request.on("end", () => resolve(text));
  });

beforeAll(async () => {
  server = createServer(async (request, response) => {
    recorded.push({
      method: request.method ?? "",
      url: request.url ?? "",
      authorization: request.headers.authorization,
      body: await body(request),
    });
    response.setHeader("Content-Type", "application/hal+json");
    if (request.url?.startsWith("/matrix")) response.end(JSON.stringify(matrixAnswer));
    else if (request.url?.includes("forbidden")) {
      response.statusCode = 403;
      response.end('{"error":"no permission"}');
    } else response.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("broker configuration", () => {
  it("is absent without PACT_BROKER_BASE_URL, and the file path says so", () => {
    const said: string[] = [];

    expect(brokerConfigFromEnvironment({})).toBeUndefined();
    expect(pactSourceFromEnvironment({}, (line) => said.push(line))).toEqual({ kind: "files" });
    expect(said).toEqual([`contracts: ${NO_BROKER_NOTICE}`]);
  });

  it("needs credentials with the URL, and says which variables to set", () => {
    expect(() =>
      brokerConfigFromEnvironment({ PACT_BROKER_BASE_URL: "https://b.example" }),
    ).toThrow(/set PACT_BROKER_TOKEN \(or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD\)/);
    expect(() =>
      brokerConfigFromEnvironment({ PACT_BROKER_BASE_URL: "b.example", PACT_BROKER_TOKEN: "t" }),
    ).toThrow(/must be an http\(s\) URL/);
  });

  it("reads token or basic auth, the environment, and trims a trailing slash", () => {
    const token = brokerConfigFromEnvironment({
      PACT_BROKER_BASE_URL: "https://b.example/",
      PACT_BROKER_TOKEN: "t0k",
    });
    const basic = brokerConfigFromEnvironment({
      PACT_BROKER_BASE_URL: "https://b.example",
      PACT_BROKER_USERNAME: "u",
      PACT_BROKER_PASSWORD: "p",
      PACT_BROKER_ENVIRONMENT: "staging",
    });

    expect(token).toMatchObject({ baseUrl: "https://b.example", environment: "production" });
    expect(authorization(token as never)).toBe("Bearer t0k");
    expect(authorization(basic as never)).toBe(`Basic ${Buffer.from("u:p").toString("base64")}`);
    expect(basic?.environment).toBe("staging");
  });

  it("takes the version from git and the branch from CI variables first", () => {
    expect(gitVersion({ GIT_COMMIT: "abc123", GITHUB_REF_NAME: "feature/x" })).toEqual({
      commit: "abc123",
      branch: "feature/x",
    });
    expect(gitVersion({ GIT_BRANCH: "main" }).commit).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("broker client (against a recording stand-in)", () => {
  it("publishes a pact for the commit, then records its branch and tag", async () => {
    recorded.length = 0;
    const config = { baseUrl, token: "t0k", environment: "production" };
    const pact = {
      consumer: { name: "fulfilment" },
      provider: { name: "processor" },
      interactions: [],
    };

    await publishPact(config, pact, { commit: "abc123", branch: "feature/x" });

    expect(recorded.map((r) => `${r.method} ${r.url}`)).toEqual([
      "PUT /pacts/provider/processor/consumer/fulfilment/version/abc123",
      "PUT /pacticipants/fulfilment/branches/feature%2Fx/versions/abc123",
      "PUT /pacticipants/fulfilment/versions/abc123/tags/feature%2Fx",
    ]);
    expect(JSON.parse(recorded[0]?.body ?? "")).toEqual(pact);
    expect(recorded.every((r) => r.authorization === "Bearer t0k")).toBe(true);
  });

  it("asks the matrix about one version and an environment, and reads the verdict", async () => {
    recorded.length = 0;
    const config = { baseUrl, token: "t0k", environment: "production" };

    matrixAnswer = { summary: { deployable: false, reason: "There is no verified pact" } };
    const answer = await canIDeploy(config, "processor", "abc123");

    expect(decodeURIComponent(recorded[0]?.url ?? "")).toBe(
      "/matrix?q[][pacticipant]=processor&q[][version]=abc123&latestby=cvp&environment=production",
    );
    expect(answer).toEqual({ deployable: false, reason: "There is no verified pact" });
  });

  it("fails with the broker's status and answer", async () => {
    const config = { baseUrl, token: "t0k", environment: "production" };

    await expect(
      publishPact(
        config,
        { consumer: { name: "forbidden" }, provider: { name: "p" } },
        { commit: "c", branch: "b" },
      ),
    ).rejects.toThrow(/answered 403 Forbidden: \{"error":"no permission"\}/);
  });
});
