// The policy pack run against the resources the program registers (dev and prod stacks: no
// violation), and against a deliberately bad resource for each policy (it fires, on that resource).
import { beforeAll, describe, expect, it } from "vitest";
import { reservationShortfall } from "../../infra/concurrency";
import { configKeys } from "../../infra/config-keys";
import {
  destinationsOnlyForAsyncInvocation,
  encryptionAtRest,
  noWildcardPermissions,
  policies,
  queuesHaveDeadLetterQueues,
  reservedConcurrencyLeavesAsyncHeadroom,
  sqsMappingsReportBatchItemFailures,
  sqsSubscriptionsHaveRedrivePolicies,
  tlsOnlyResourcePolicies,
  visibilityTimeoutCoversFunction,
} from "../../policy/policies";
import { runPolicy, type Violation, withChange, withExtra } from "./support/policy-harness";
import {
  named,
  type ProgramRun,
  type Props,
  type RecordedResource,
  runProgram,
} from "./support/program";
import { stackConfig } from "./support/stack-files";

const P = "order-events-dev";
let dev: ProgramRun;
let prod: ProgramRun;
beforeAll(async () => {
  dev = await runProgram("dev", stackConfig("dev"));
  prod = await runProgram("prod", stackConfig("prod"));
}, 60_000);

const editPolicy = (edit: (document: Props) => void) => (props: Props) => {
  const document = JSON.parse(props.policy);
  edit(document);
  props.policy = JSON.stringify(document);
};

/** Runs a policy over a changed copy of the dev stack; returns its violations. */
function violationsAfter(
  policy: Parameters<typeof runPolicy>[0],
  resources: RecordedResource[],
): Promise<Violation[]> {
  return runPolicy(policy, resources);
}

describe("the policy pack on the program's resources", () => {
  it("has one policy per invariant, each mandatory", () => {
    expect(policies.map((p) => [p.name, p.enforcementLevel])).toEqual([
      ["no-wildcard-permissions", "mandatory"],
      ["encryption-at-rest", "mandatory"],
      ["queues-have-dead-letter-queues", "mandatory"],
      ["sqs-subscriptions-have-redrive-policies", "mandatory"],
      ["sqs-mappings-report-batch-item-failures", "mandatory"],
      ["destinations-only-for-async-invocation", "mandatory"],
      ["tls-only-resource-policies", "mandatory"],
      ["visibility-timeout-covers-function", "mandatory"],
      ["reserved-concurrency-leaves-async-headroom", "mandatory"],
    ]);
  });

  it.each(["dev", "prod"])("finds no violation in the %s stack", async (stack) => {
    const run = stack === "dev" ? dev : prod;
    const violations = (await Promise.all(policies.map((p) => runPolicy(p, run.resources)))).flat();
    expect(violations).toEqual([]);
  });
});

describe("each policy fires on a deliberately bad resource", () => {
  describe("no-wildcard-permissions", () => {
    it("fires on a role policy allowing a wildcard action", async () => {
      const bad = withChange(
        dev.resources,
        `${P}-processor-permissions`,
        editPolicy((d) => {
          d.Statement[3].Action = "sns:*";
        }),
      );
      const violations = await violationsAfter(noWildcardPermissions, bad);
      expect(violations).toEqual([
        {
          policy: "no-wildcard-permissions",
          urn: named(dev, "aws:iam/rolePolicy:RolePolicy", `${P}-processor-permissions`).urn,
          message: expect.stringContaining(
            'statement "PublishToTopics" allows the wildcard action "sns:*"',
          ),
        },
      ]);
    });

    it("fires on a role policy allowing every resource, or everything but some actions", async () => {
      const bad = withChange(
        dev.resources,
        `${P}-fulfilment-permissions`,
        editPolicy((d) => {
          d.Statement[1].Resource = "*";
          d.Statement[2] = { ...d.Statement[2], NotAction: "kms:Encrypt", Action: undefined };
        }),
      );
      const messages = (await violationsAfter(noWildcardPermissions, bad)).map((v) => v.message);
      expect(messages).toEqual([
        expect.stringContaining('statement "ConsumeQueues" allows the wildcard resource "*"'),
        expect.stringContaining('statement "DecryptQueueMessages" uses NotAction'),
      ]);
    });

    it("fires on a log-stream wildcard outside one log group", async () => {
      const bad = withChange(
        dev.resources,
        `${P}-processor-permissions`,
        editPolicy((d) => {
          d.Statement[0].Resource = "arn:aws:logs:us-east-1:000000000000:log-group:*";
        }),
      );
      expect((await violationsAfter(noWildcardPermissions, bad)).map((v) => v.message)).toEqual([
        expect.stringContaining('"WriteOwnLogs" allows the wildcard resource'),
      ]);
    });

    it("fires on a queue policy that allows every principal", async () => {
      const bad = withChange(
        dev.resources,
        `${P}-fulfilment-policy`,
        editPolicy((d) => {
          d.Statement[1].Principal = "*";
        }),
      );
      const violations = await violationsAfter(noWildcardPermissions, bad);
      expect(violations.map((v) => [v.urn, v.message])).toEqual([
        [
          named(dev, "aws:sqs/queuePolicy:QueuePolicy", `${P}-fulfilment-policy`).urn,
          expect.stringContaining('"AllowSubscribedTopics" allows every principal ("*")'),
        ],
      ]);
    });

    it("fires on kms:* for anyone but the account root", async () => {
      const bad = withChange(
        dev.resources,
        `${P}-key-policy`,
        editPolicy((d) => {
          d.Statement[1].Action = "kms:*";
        }),
      );
      expect((await violationsAfter(noWildcardPermissions, bad)).map((v) => v.message)).toEqual([
        expect.stringContaining(
          '"AllowSnsDeliveryToEncryptedQueues" allows the wildcard action "kms:*"',
        ),
      ]);
    });

    it("fires on a managed policy attached to a role", async () => {
      const bad = withChange(dev.resources, `${P}-processor-role`, (props) => {
        props.managedPolicyArns = ["arn:aws:iam::aws:policy/AdministratorAccess"];
      });
      expect((await violationsAfter(noWildcardPermissions, bad)).map((v) => v.message)).toEqual([
        expect.stringContaining(
          "managedPolicyArns attaches arn:aws:iam::aws:policy/AdministratorAccess",
        ),
      ]);
    });
  });

  describe("encryption-at-rest", () => {
    it("fires on a queue, a topic, a log group, a table and a key without encryption or rotation", async () => {
      let bad = withChange(dev.resources, `${P}-orders-dlq`, (props) => {
        delete props.kmsMasterKeyId;
      });
      bad = withChange(bad, `${P}-failure-outcomes`, (props) => {
        delete props.kmsMasterKeyId;
      });
      bad = withChange(bad, `${P}-key`, (props) => {
        props.enableKeyRotation = false;
      });
      bad = withChange(bad, `${P}-fulfilment-logs`, (props) => {
        delete props.kmsKeyId;
      });
      bad = withChange(bad, `${P}-failure-alerts-idempotency`, (props) => {
        props.serverSideEncryption = { enabled: true };
      });
      const violations = await violationsAfter(encryptionAtRest, bad);
      const found = violations
        .map((v) => [v.urn?.split("::").pop(), v.message])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      expect(found).toEqual([
        [
          `${P}-failure-alerts-idempotency`,
          "The table is not encrypted with the stack's key: set serverSideEncryption { enabled: true, kmsKeyArn }.",
        ],
        [
          `${P}-failure-outcomes`,
          "The topic is not encrypted at rest: set kmsMasterKeyId (the stack's key).",
        ],
        [
          `${P}-fulfilment-logs`,
          "The log group is not encrypted with the stack's key: set kmsKeyId, and admit CloudWatch Logs for this log group in the key policy.",
        ],
        [`${P}-key`, "The key does not rotate: set enableKeyRotation."],
        [
          `${P}-orders-dlq`,
          "The queue is not encrypted at rest: set kmsMasterKeyId (the stack's key).",
        ],
      ]);
    });

    it("accepts SQS-managed encryption instead of KMS", async () => {
      const changed = withChange(dev.resources, `${P}-orders-dlq`, (props) => {
        delete props.kmsMasterKeyId;
        props.sqsManagedSseEnabled = true;
      });
      expect(await violationsAfter(encryptionAtRest, changed)).toEqual([]);
    });
  });

  describe("queues-have-dead-letter-queues", () => {
    it("fires on a queue without a redrive policy (and on its former DLQ, now nobody's)", async () => {
      const bad = withChange(dev.resources, `${P}-orders`, (props) => {
        delete props.redrivePolicy;
      });
      const violations = await violationsAfter(queuesHaveDeadLetterQueues, bad);
      expect(violations.map((v) => v.urn?.split("::").pop()).sort()).toEqual([
        `${P}-orders`,
        `${P}-orders-dlq`,
      ]);
      expect(violations[0]?.message).toMatch(/has no dead-letter queue: give it a redrivePolicy/);
    });

    it("fires on a redrive policy without a positive maxReceiveCount", async () => {
      const bad = withChange(dev.resources, `${P}-fulfilment`, (props) => {
        props.redrivePolicy = JSON.stringify({
          ...JSON.parse(props.redrivePolicy),
          maxReceiveCount: 0,
        });
      });
      expect(
        (await violationsAfter(queuesHaveDeadLetterQueues, bad)).map((v) => v.message),
      ).toEqual([
        expect.stringContaining(
          `Queue ${P}-fulfilment has a redrivePolicy without a deadLetterTargetArn and a maxReceiveCount of at least 1`,
        ),
      ]);
    });

    it("fires on a DLQ that keeps messages for less time than its source queue", async () => {
      const bad = withChange(dev.resources, `${P}-failure-alerts-dlq`, (props) => {
        props.messageRetentionSeconds = 60;
      });
      expect(
        (await violationsAfter(queuesHaveDeadLetterQueues, bad)).map((v) => v.message),
      ).toEqual([
        expect.stringContaining(
          `Dead-letter queue ${P}-failure-alerts-dlq keeps messages 60 s, less than its source`,
        ),
      ]);
    });
  });

  describe("sqs-subscriptions-have-redrive-policies", () => {
    it("fires on a subscription to a queue without a redrivePolicy (and on its DLQ, now nobody's)", async () => {
      const bad = withChange(dev.resources, `${P}-success-to-fulfilment`, (props) => {
        delete props.redrivePolicy;
      });
      const violations = await violationsAfter(sqsSubscriptionsHaveRedrivePolicies, bad);
      expect(violations).toEqual([
        {
          policy: "sqs-subscriptions-have-redrive-policies",
          urn: named(
            dev,
            "aws:sns/topicSubscription:TopicSubscription",
            `${P}-success-to-fulfilment`,
          ).urn,
          message: expect.stringContaining(
            `Subscription ${P}-success-to-fulfilment has no redrivePolicy: a message SNS cannot deliver`,
          ),
        },
      ]);
      const orphans = await violationsAfter(queuesHaveDeadLetterQueues, bad);
      expect(orphans.map((v) => v.urn?.split("::").pop())).toEqual([
        `${P}-success-to-fulfilment-dlq`,
      ]);
    });

    it("fires on a redrive to the subscription's own endpoint, or to a queue of no stack", async () => {
      let bad = withChange(dev.resources, `${P}-success-to-fulfilment`, (props) => {
        props.redrivePolicy = JSON.stringify({ deadLetterTargetArn: props.endpoint });
      });
      bad = withChange(bad, `${P}-failure-to-failure-alerts`, (props) => {
        props.redrivePolicy = JSON.stringify({
          deadLetterTargetArn: "arn:aws:sqs:us-east-1:000000000000:elsewhere",
        });
      });
      const messages = (await violationsAfter(sqsSubscriptionsHaveRedrivePolicies, bad)).map(
        (v) => v.message,
      );
      expect(messages).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Subscription ${P}-success-to-fulfilment redrives to \\S+, which is its own endpoint`,
          ),
        ),
        expect.stringContaining(
          "redrives to arn:aws:sqs:us-east-1:000000000000:elsewhere, which is not a queue of this stack",
        ),
      ]);
    });

    it("fires when the DLQ's queue policy does not admit the subscription's topic", async () => {
      const bad = withChange(
        dev.resources,
        `${P}-failure-to-failure-alerts-dlq-policy`,
        editPolicy((d) => {
          d.Statement[1].Condition.ArnEquals["aws:SourceArn"] = [
            "arn:aws:sns:us-east-1:000000000000:another-topic",
          ];
        }),
      );
      const violations = await violationsAfter(sqsSubscriptionsHaveRedrivePolicies, bad);
      expect(violations.map((v) => [v.urn?.split("::").pop(), v.message])).toEqual([
        [
          `${P}-failure-to-failure-alerts`,
          expect.stringContaining(
            `redrives to ${P}-failure-to-failure-alerts-dlq, whose queue policy does not admit SNS for`,
          ),
        ],
      ]);
    });

    it("leaves subscriptions of other protocols alone", async () => {
      const lambda = withExtra(dev.resources, {
        type: "aws:sns/topicSubscription:TopicSubscription",
        name: "lambda-subscription",
        custom: true,
        inputs: {},
        outputs: {
          protocol: "lambda",
          topic: "arn:aws:sns:us-east-1:000000000000:t",
          endpoint: "f",
        },
        parentUrn: undefined,
        dependencyUrns: [],
      });
      expect(await violationsAfter(sqsSubscriptionsHaveRedrivePolicies, lambda)).toEqual([]);
    });
  });

  describe("sqs-mappings-report-batch-item-failures", () => {
    it("fires on an SQS mapping without ReportBatchItemFailures", async () => {
      const bad = withChange(dev.resources, `${P}-processor-orders-mapping`, (props) => {
        props.functionResponseTypes = [];
      });
      const violations = await violationsAfter(sqsMappingsReportBatchItemFailures, bad);
      expect(violations.map((v) => [v.urn?.split("::").pop(), v.message])).toEqual([
        [
          `${P}-processor-orders-mapping`,
          expect.stringContaining('set functionResponseTypes: ["ReportBatchItemFailures"]'),
        ],
      ]);
    });

    it("leaves stream mappings (not SQS) alone", async () => {
      const kinesis = withExtra(dev.resources, {
        type: "aws:lambda/eventSourceMapping:EventSourceMapping",
        name: "kinesis-mapping",
        custom: true,
        inputs: {
          eventSourceArn: "arn:aws:kinesis:us-east-1:000000000000:stream/s",
          functionName: "f",
        },
        outputs: {},
        parentUrn: undefined,
        dependencyUrns: [],
      });
      expect(await violationsAfter(sqsMappingsReportBatchItemFailures, kinesis)).toEqual([]);
    });
  });

  describe("destinations-only-for-async-invocation", () => {
    it("fires on destinations for a function that is only invoked by SQS", async () => {
      const bad = withExtra(dev.resources, {
        type: "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig",
        name: "fulfilment-destinations",
        custom: true,
        inputs: {},
        outputs: {
          functionName: `${P}-fulfilment`,
          destinationConfig: { onFailure: { destination: "arn:aws:sns:us-east-1:000000000000:x" } },
        },
        parentUrn: undefined,
        dependencyUrns: [],
      });
      expect(
        (await violationsAfter(destinationsOnlyForAsyncInvocation, bad)).map((v) => v.message),
      ).toEqual([
        expect.stringContaining(
          `sets destinations for ${P}-fulfilment, which is not invoked asynchronously`,
        ),
      ]);
      expect(
        (await violationsAfter(destinationsOnlyForAsyncInvocation, bad))[0]?.message,
      ).toContain("remove the config, or declare the function invoked asynchronously");
    });

    it("fires when the processor loses its asynchronous-invocation tag", async () => {
      const bad = withChange(dev.resources, `${P}-processor`, (props) => {
        props.tags["order-events:invocation"] = "sqs";
      });
      expect(await violationsAfter(destinationsOnlyForAsyncInvocation, bad)).toHaveLength(1);
    });

    it("fires on a destination config on an SQS event source mapping", async () => {
      const bad = withChange(dev.resources, `${P}-fulfilment-fulfilment-mapping`, (props) => {
        props.destinationConfig = {
          onFailure: { destinationArn: "arn:aws:sqs:us-east-1:000000000000:x" },
        };
      });
      expect(
        (await violationsAfter(destinationsOnlyForAsyncInvocation, bad)).map((v) => v.message),
      ).toEqual([
        expect.stringContaining(
          "reads SQS and sets a destinationConfig: AWS supports none for SQS",
        ),
      ]);
      expect(
        (await violationsAfter(destinationsOnlyForAsyncInvocation, bad))[0]?.message,
      ).toContain("remove it, failures go to the queue's DLQ");
    });
  });

  describe("tls-only-resource-policies", () => {
    it("fires on a queue whose policy lost its TLS deny", async () => {
      const bad = withChange(
        dev.resources,
        `${P}-orders-policy`,
        editPolicy((d) => {
          d.Statement = [];
        }),
      );
      const violations = await violationsAfter(tlsOnlyResourcePolicies, bad);
      expect(violations.map((v) => [v.urn?.split("::").pop(), v.message])).toEqual([
        [`${P}-orders`, expect.stringContaining("accepts requests without TLS")],
      ]);
    });

    it("fires on a queue with no policy at all, and on a topic whose deny allows plain HTTP", async () => {
      const withoutPolicy = dev.resources.filter((r) => r.name !== `${P}-fulfilment-dlq-policy`);
      const bad = withChange(
        withoutPolicy,
        `${P}-success-outcomes-policy`,
        editPolicy((d) => {
          d.Statement[2].Condition.Bool["aws:SecureTransport"] = "true";
        }),
      );
      const violations = await violationsAfter(tlsOnlyResourcePolicies, bad);
      expect(violations.map((v) => v.urn?.split("::").pop()).sort()).toEqual([
        `${P}-fulfilment-dlq`,
        `${P}-success-outcomes`,
      ]);
    });

    it("fires on a topic whose TLS deny covers Publish and Subscribe only", async () => {
      const bad = withChange(
        dev.resources,
        `${P}-failure-outcomes-policy`,
        editPolicy((d) => {
          d.Statement[2].Action = ["sns:Publish", "sns:Subscribe"];
        }),
      );
      const violations = await violationsAfter(tlsOnlyResourcePolicies, bad);
      expect(violations.map((v) => [v.urn?.split("::").pop(), v.message])).toEqual([
        [
          `${P}-failure-outcomes`,
          expect.stringContaining("denying sns:* (every action, not only Publish)"),
        ],
      ]);
    });

    it("fires on a queue whose TLS deny names some actions instead of sqs:*", async () => {
      const bad = withChange(
        dev.resources,
        `${P}-orders-dlq-policy`,
        editPolicy((d) => {
          d.Statement[0].Action = "sqs:SendMessage";
        }),
      );
      const violations = await violationsAfter(tlsOnlyResourcePolicies, bad);
      expect(violations.map((v) => v.urn?.split("::").pop())).toEqual([`${P}-orders-dlq`]);
    });
  });

  describe("visibility-timeout-covers-function", () => {
    it("fires on a queue whose visibility timeout is below 6 x the function timeout + window", async () => {
      const bad = withChange(dev.resources, `${P}-orders`, (props) => {
        props.visibilityTimeoutSeconds = 30;
      });
      expect(
        (await violationsAfter(visibilityTimeoutCoversFunction, bad)).map((v) => v.message),
      ).toEqual([
        `Queue ${P}-orders has a visibility timeout of 30 s, below 6 x 30 s (timeout of ${P}-processor) + 1 s (batching window) = 181 s. Raise visibilityTimeoutSeconds to at least 181, or lower the function timeout or the batching window.`,
      ]);
    });
  });

  describe("reserved-concurrency-leaves-async-headroom", () => {
    const PROD = "order-events-prod";

    it("accepts the prod stack's reservation of the mapping's maximum plus the async headroom", async () => {
      const processor = named(prod, "aws:lambda/function:Function", `${PROD}-processor`).inputs;
      const mapping = named(
        prod,
        "aws:lambda/eventSourceMapping:EventSourceMapping",
        `${PROD}-processor-orders-mapping`,
      ).inputs;
      expect(processor.reservedConcurrentExecutions).toBeGreaterThan(
        mapping.scalingConfig.maximumConcurrency,
      );
      expect(await violationsAfter(reservedConcurrencyLeavesAsyncHeadroom, prod.resources)).toEqual(
        [],
      );
    });

    it("fires on a processor that reserves exactly its mapping's maximum concurrency", async () => {
      const bad = withChange(prod.resources, `${PROD}-processor`, (props) => {
        props.reservedConcurrentExecutions = 50;
      });
      const violations = await violationsAfter(reservedConcurrencyLeavesAsyncHeadroom, bad);
      expect(violations.map((v) => [v.urn?.split("::").pop(), v.message])).toEqual([
        [
          `${PROD}-processor`,
          reservationShortfall({
            function: `${PROD}-processor`,
            reserved: 50,
            sqs: 50,
            asyncHeadroom: configKeys.asyncConcurrencyHeadroom.min,
          }),
        ],
      ]);
      expect(violations[0]?.message).toContain("reserves 50 concurrent executions");
      const leavingOne = withChange(prod.resources, `${PROD}-processor`, (props) => {
        props.reservedConcurrentExecutions = 51;
      });
      expect(await violationsAfter(reservedConcurrencyLeavesAsyncHeadroom, leavingOne)).toEqual([]);
    });

    it("fires on a mapping without a maximum concurrency under a reservation", async () => {
      const bad = withChange(prod.resources, `${PROD}-processor-orders-mapping`, (props) => {
        delete props.scalingConfig;
      });
      const violations = await violationsAfter(reservedConcurrencyLeavesAsyncHeadroom, bad);
      expect(violations.map((v) => v.urn?.split("::").pop())).toEqual([
        `${PROD}-processor-orders-mapping`,
      ]);
    });

    it("fires on a consumer reserving less than its mapping's maximum, and asks it no async headroom", async () => {
      const reserving = (n: number) =>
        withChange(
          dev.resources,
          `${P}-fulfilment`,
          (props) => {
            props.reservedConcurrentExecutions = n;
          },
          "aws:lambda/function:Function",
        );
      const max = named(
        dev,
        "aws:lambda/eventSourceMapping:EventSourceMapping",
        `${P}-fulfilment-fulfilment-mapping`,
      ).inputs.scalingConfig.maximumConcurrency;
      expect(await violationsAfter(reservedConcurrencyLeavesAsyncHeadroom, reserving(max))).toEqual(
        [],
      );
      expect(
        (await violationsAfter(reservedConcurrencyLeavesAsyncHeadroom, reserving(max - 1))).map(
          (v) => v.message,
        ),
      ).toEqual([
        `function ${P}-fulfilment reserves ${max - 1} concurrent executions, fewer than its SQS mappings' maximum concurrency (${max}) plus the 0 kept for asynchronous invocations: asynchronous traffic would throttle the SQS mapping. Reserve at least ${max}, lower the mapping's maximum concurrency, or reserve none.`,
      ]);
    });
  });
});
