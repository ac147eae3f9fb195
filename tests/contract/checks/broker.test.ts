import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  brokerConfigFromEnvironment,
  NO_BROKER_NOTICE,
} from "../../../contracts/broker/broker-config";
import {
  canIDeploy,
  deployedPacticipants,
  publishPacts,
  recordDeployment,
  type StepIo,
} from "../../../contracts/broker/broker-steps";
import { gitVersion } from "../../../contracts/broker/git-version";
import { brokerEnvironment } from "../../../contracts/broker/pact-cli";
import { PACTICIPANTS } from "../../../contracts/participants";
import { listPactFiles } from "../../../contracts/verification/pact-files";
import { pactSourceFromEnvironment } from "../../../contracts/verification/pact-source";
import { buildTopology } from "../../../topology";
import { BrokerStandIn } from "./support/broker-stand-in";

// The broker steps run the official Pact CLI (@pact-foundation/pact-cli's binary) against a local
// stand-in that records what it is asked. A real broker is not reachable here.
const broker = new BrokerStandIn();
beforeAll(() => broker.start());
afterAll(() => broker.stop());
beforeEach(() => {
  broker.requests.length = 0;
  broker.deployable.clear();
});

const version = { GIT_COMMIT: "abc123", GIT_BRANCH: "feature/x" };
const env = () => ({ PACT_BROKER_BASE_URL: broker.baseUrl, PACT_BROKER_TOKEN: "t0k", ...version });

/** Collects what a step said and what the Pact CLI printed. */
function recordingIo(): StepIo & { said: string[]; cli: string[] } {
  const said: string[] = [];
  const cli: string[] = [];
  return { said, cli, say: (line) => said.push(line), cliOutput: (output) => cli.push(output) };
}

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

  it("reads token or basic auth, the environment, and trims a trailing slash; the CLI gets them by environment", () => {
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
    expect(brokerEnvironment(token as never)).toEqual({
      PACT_BROKER_BASE_URL: "https://b.example",
      PACT_BROKER_TOKEN: "t0k",
      PACT_DO_NOT_TRACK: "true",
    });
    expect(brokerEnvironment(basic as never)).toEqual({
      PACT_BROKER_BASE_URL: "https://b.example",
      PACT_BROKER_USERNAME: "u",
      PACT_BROKER_PASSWORD: "p",
      PACT_DO_NOT_TRACK: "true",
    });
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

describe("without a broker, the steps say so once and succeed", () => {
  it("publish says it in one line; can-i-deploy after it says nothing", async () => {
    const io = recordingIo();

    expect(await publishPacts({}, io)).toBe(0);
    expect(await canIDeploy({}, io, { onlyWithBroker: true })).toBe(0);

    expect(io.said).toEqual([`contracts: ${NO_BROKER_NOTICE}`]);
    expect(broker.requests).toEqual([]);
  });

  it("can-i-deploy run on its own says it too; record-deployment refuses, saying what to set", async () => {
    const io = recordingIo();

    expect(await canIDeploy({}, io, { onlyWithBroker: false })).toBe(0);
    await expect(recordDeployment({}, io, {})).rejects.toThrow(
      "recording a deployment needs a Pact Broker: set PACT_BROKER_BASE_URL and PACT_BROKER_TOKEN",
    );

    expect(io.said).toEqual([`contracts: ${NO_BROKER_NOTICE}`]);
  });
});

describe("with a broker, the official Pact CLI talks to it (a recording stand-in)", () => {
  it("publishes every committed pact for the commit, with its branch and tag", async () => {
    const io = recordingIo();

    expect(await publishPacts(env(), io)).toBe(0);

    const publishes = broker.requests.filter((r) => r.url === "/contracts/publish");
    const pacts = listPactFiles();
    expect(publishes).toHaveLength(pacts.length);
    for (const request of publishes) {
      expect(request.authorization).toBe("Bearer t0k");
      const body = JSON.parse(request.body);
      expect(body).toMatchObject({
        pacticipantVersionNumber: "abc123",
        branch: "feature/x",
        tags: ["feature/x"],
      });
      const [contract] = body.contracts;
      const file = pacts.find((p) => p.consumer === body.pacticipantName);
      expect(file, `a pact of ${body.pacticipantName}`).toBeDefined();
      expect(contract.providerName).toBe(file?.provider);
      // The CLI re-serialises the pact (its own Pact library version in metadata): the contract
      // itself, who it is between and every interaction, is the committed file's.
      const published = JSON.parse(Buffer.from(contract.content, "base64").toString("utf8"));
      const committed = JSON.parse(readFileSync(file?.path ?? "", "utf8"));
      expect(published.interactions).toEqual(committed.interactions);
      expect([published.consumer, published.provider]).toEqual([
        committed.consumer,
        committed.provider,
      ]);
    }
    expect(io.said.at(-1)).toMatch(
      /^contracts: published the pacts of .* as abc123 \(branch feature\/x\)$/,
    );
  }, 30_000);

  it("asks the matrix about each pacticipant at the commit and the environment, and fails on a no", async () => {
    const io = recordingIo();
    broker.deployable.set(PACTICIPANTS.fulfilment, false);

    const status = await canIDeploy({ ...env(), PACT_BROKER_ENVIRONMENT: "staging" }, io, {
      onlyWithBroker: true,
    });

    expect(status).toBe(1);
    const asked = broker.requests
      .filter((r) => r.url.startsWith("/matrix"))
      .map((r) => Object.fromEntries(new URL(r.url, broker.baseUrl).searchParams));
    expect(asked).toEqual(
      Object.values(PACTICIPANTS).map((p) =>
        expect.objectContaining({
          "q[][pacticipant]": p,
          "q[][version]": "abc123",
          environment: "staging",
        }),
      ),
    );
    expect(io.said).toContain("contracts: can-i-deploy fulfilment@abc123 to staging: NO");
    expect(io.said).toContain("contracts: can-i-deploy processor@abc123 to staging: yes");
    expect(io.cli.join("")).toContain("Computer says no");
  }, 30_000);

  it("records the deployment of each function the stack deploys", async () => {
    const io = recordingIo();

    expect(await recordDeployment(env(), io, { environment: "production" })).toBe(0);

    const recorded = broker.requests
      .filter((r) => r.method === "POST")
      .map((r) => decodeURIComponent(r.url));
    expect(recorded).toEqual(
      deployedPacticipants().map(
        (p) => `/pacticipants/${p}/versions/abc123/deployed-versions/environment/prod-uuid`,
      ),
    );
    const functions = buildTopology().functions.map((f) => f.key);
    expect(deployedPacticipants()).toEqual(
      Object.values(PACTICIPANTS).filter((p) => functions.includes(p)),
    );
    expect(deployedPacticipants()).not.toContain(PACTICIPANTS.orderProducer);
  }, 30_000);

  it("fails, saying so, when the broker refuses", async () => {
    const io = recordingIo();

    const status = await publishPacts(
      { ...env(), PACT_BROKER_BASE_URL: `${broker.baseUrl}/no-such-broker` },
      io,
    );

    expect(status).toBe(1);
    expect(io.said.at(-1)).toMatch(
      /^contracts: publishing the pacts to .* failed \(pact broker publish exited \d+\)$/,
    );
  }, 30_000);
});
