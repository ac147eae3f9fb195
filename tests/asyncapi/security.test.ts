// What the AsyncAPI document says of encryption and access is what the Pulumi program deploys:
// the program runs under Pulumi's mocks, and each channel's x-encryption is checked against the
// queue or topic it registers, and against that resource's access policy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { queuePolicy } from "../../infra/policy-documents";
import { ASYNCAPI_FILE } from "../../tools/gen/asyncapi";
import {
  deniesPlainHttp,
  type Encryption,
  SECURITY_SCHEME,
} from "../../tools/gen/asyncapi-security";
import { named, type ProgramRun, runProgram } from "../infra/support/program";
import { stackConfig } from "../infra/support/stack-files";
import { repoRoot } from "../support/paths";

const PREFIX = "order-events-dev";
const T = {
  queue: "aws:sqs/queue:Queue",
  queuePolicy: "aws:sqs/queuePolicy:QueuePolicy",
  topic: "aws:sns/topic:Topic",
  topicPolicy: "aws:sns/topicPolicy:TopicPolicy",
  key: "aws:kms/key:Key",
} as const;

interface Channel {
  address: string;
  servers: { $ref: string }[];
  "x-encryption": Encryption;
}
const doc = parse(readFileSync(join(repoRoot, "generated", ASYNCAPI_FILE), "utf8")) as {
  servers: Record<string, { security: { $ref: string }[] }>;
  channels: Record<string, Channel>;
  components: { securitySchemes: Record<string, { type: string; scheme: string }> };
};
const channels = Object.values(doc.channels);
const isQueue = (c: Channel) => c.servers[0]?.$ref === "#/servers/sqs";

let dev: ProgramRun;
beforeAll(async () => {
  dev = await runProgram("dev", stackConfig("dev"));
}, 60_000);

describe("the document states how each queue and topic is secured, as deployed", () => {
  it("signs every request with SigV4: both servers require the one HTTP scheme", () => {
    expect(doc.components.securitySchemes[SECURITY_SCHEME]).toMatchObject({
      type: "http",
      scheme: "AWS4-HMAC-SHA256",
    });
    for (const server of Object.values(doc.servers))
      expect(server.security).toEqual([
        { $ref: `#/components/securitySchemes/${SECURITY_SCHEME}` },
      ]);
  });

  it.each(channels.filter(isQueue).map((c) => [c.address, c] as const))(
    "queue %s: x-encryption is the deployed queue's encryption and policy",
    (address, channel) => {
      const queue = named(dev, T.queue, `${PREFIX}-${address}`).inputs;
      const policy = JSON.parse(
        named(dev, T.queuePolicy, `${PREFIX}-${address}-policy`).inputs.policy,
      );
      const key = named(dev, T.key, `${PREFIX}-key`).outputs.arn;
      const atRest =
        queue.kmsMasterKeyId === key
          ? "SSE-KMS"
          : queue.sqsManagedSseEnabled === true
            ? "SSE-SQS"
            : "not encrypted";
      const { kmsKeyOutput, ...stated } = channel["x-encryption"];

      expect(stated).toEqual({
        atRest,
        inTransit: deniesPlainHttp(policy) ? "TLS only" : "TLS not enforced",
      });
      // The stack output it names is the key's ARN.
      if (atRest === "SSE-KMS") expect(dev.outputs[kmsKeyOutput ?? ""]).toBe(key);
      else expect(kmsKeyOutput).toBeUndefined();
    },
  );

  it.each(channels.filter((c) => !isQueue(c)).map((c) => [c.address, c] as const))(
    "topic %s: x-encryption is the deployed topic's encryption and policy",
    (address, channel) => {
      const topic = named(dev, T.topic, `${PREFIX}-${address}`).inputs;
      const key = named(dev, T.key, `${PREFIX}-key`).outputs.arn;
      const policy = JSON.parse(
        named(dev, T.topicPolicy, `${PREFIX}-${address}-policy`).inputs.policy,
      );

      expect(topic.kmsMasterKeyId).toBe(key);
      expect(deniesPlainHttp(policy)).toBe(true);
      expect(channel["x-encryption"]).toEqual({
        atRest: "SSE-KMS",
        kmsKeyOutput: "kmsKeyArn",
        inTransit: "TLS only",
      });
    },
  );

  it("has both kinds of queue, so the comparison tells them apart", () => {
    const kinds = new Set(channels.filter(isQueue).map((c) => c["x-encryption"].atRest));

    expect(kinds).toEqual(new Set(["SSE-KMS", "SSE-SQS"]));
  });
});

describe("deniesPlainHttp", () => {
  it("sees the TLS statement of a policy, and its absence", () => {
    const policy = queuePolicy("arn:aws:sqs:us-east-1:000000000000:q");
    const without = { ...policy, Statement: policy.Statement.filter((s) => !s.Condition?.Bool) };

    expect(deniesPlainHttp(policy)).toBe(true);
    expect(deniesPlainHttp(without)).toBe(false);
  });
});
