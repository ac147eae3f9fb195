// Who may use the stack's KMS key, and for what: the key policy and the functions' role policies
// as the Pulumi program renders them (under mocks), evaluated request by request as IAM would,
// and no statement granting an action that no request could ever meet.
import { beforeAll, describe, expect, it } from "vitest";
import { LOGS_KMS_ACTIONS, type PolicyDocument } from "../../infra/policy-documents";
import { buildTopology } from "../../topology/build";
import { allows, bestRequestFor, type KmsRequest } from "./support/kms-authorization";
import {
  MOCK_ACCOUNT,
  MOCK_REGION,
  named,
  ofType,
  type ProgramRun,
  runProgram,
} from "./support/program";
import { stackConfig } from "./support/stack-files";

const P = "order-events-dev";
const topology = buildTopology();

let dev: ProgramRun;
let keyArn: string;
let keyPolicy: PolicyDocument;
const rolePolicies = new Map<string, PolicyDocument>();

beforeAll(async () => {
  dev = await runProgram("dev", stackConfig("dev"));
  keyArn = named(dev, "aws:kms/key:Key", `${P}-key`).outputs.arn;
  keyPolicy = JSON.parse(
    named(dev, "aws:kms/keyPolicy:KeyPolicy", `${P}-key-policy`).inputs.policy,
  );
  for (const fn of topology.functions) {
    const policy = named(dev, "aws:iam/rolePolicy:RolePolicy", `${P}-${fn.key}-permissions`).inputs
      .policy;
    rolePolicies.set(fn.key, JSON.parse(policy));
  }
}, 60_000);

const keyAllows = (request: Omit<KmsRequest, "resource">) =>
  allows(keyPolicy, { ...request, resource: keyArn }, { keyPolicy: true });
const roleAllows = (fn: string, request: Omit<KmsRequest, "resource" | "principal">) =>
  allows(
    rolePolicies.get(fn) as PolicyDocument,
    {
      ...request,
      principal: { roleArn: `arn:aws:iam::${MOCK_ACCOUNT}:role/${P}-${fn}-role` },
      resource: keyArn,
    },
    { keyPolicy: false },
  );

describe("the stack's KMS key", () => {
  it("lists in no statement an action that the statement could never grant", () => {
    const documents: [string, PolicyDocument, boolean][] = [
      ["key policy", keyPolicy, true],
      ...[...rolePolicies].map(([fn, doc]): [string, PolicyDocument, boolean] => [
        `${fn} role`,
        doc,
        false,
      ]),
    ];
    const checked: string[] = [];
    for (const [name, document, isKeyPolicy] of documents) {
      for (const statement of document.Statement.filter((s) => s.Effect === "Allow")) {
        const actions = [statement.Action]
          .flat()
          .filter((a) => a.startsWith("kms:") && !a.includes("*"));
        for (const action of actions) {
          // The statement alone: another statement granting the action would hide a dead one.
          const alone: PolicyDocument = { ...document, Statement: [statement] };
          const request = bestRequestFor(statement, action, keyArn);
          expect(
            allows(alone, request, { keyPolicy: isKeyPolicy }),
            `${name} ${statement.Sid} ${action}`,
          ).toBe(true);
          checked.push(`${name} ${statement.Sid} ${action}`);
        }
      }
    }
    // The documents hold KMS grants at all: the key policy's services and each function's calls.
    expect(checked).toEqual(
      expect.arrayContaining([`key policy AllowLogsForStackLogGroups kms:Decrypt`]),
    );
    expect(checked.filter((c) => c.includes("Idempotency")).length).toBeGreaterThanOrEqual(
      topology.tables.length * 2,
    );
  });

  it("lets CloudWatch Logs encrypt and read each of the stack's log groups, and no other", () => {
    const logs = { service: `logs.${MOCK_REGION}.amazonaws.com` };
    const logGroups = ofType(dev, "aws:cloudwatch/logGroup:LogGroup").map(
      (g) => g.outputs.arn as string,
    );
    expect(logGroups).toHaveLength(topology.functions.length);
    for (const logGroup of logGroups) {
      for (const action of LOGS_KMS_ACTIONS) {
        expect(
          keyAllows({ principal: logs, action, encryptionContext: { "aws:logs:arn": logGroup } }),
          `${action} ${logGroup}`,
        ).toBe(true);
      }
    }
    const elsewhere = `arn:aws:logs:${MOCK_REGION}:${MOCK_ACCOUNT}:log-group:/aws/lambda/someone-else`;
    expect(
      keyAllows({
        principal: logs,
        action: "kms:Decrypt",
        encryptionContext: { "aws:logs:arn": elsewhere },
      }),
    ).toBe(false);
    expect(keyAllows({ principal: logs, action: "kms:Decrypt", encryptionContext: {} })).toBe(
      false,
    );
  });

  it("lets SNS use it only to deliver the stack's topics to their encrypted queues", () => {
    const sns = { service: "sns.amazonaws.com" };
    for (const topic of ofType(dev, "aws:sns/topic:Topic").map((t) => t.outputs.arn as string)) {
      expect(keyAllows({ principal: sns, action: "kms:GenerateDataKey", sourceArn: topic })).toBe(
        true,
      );
    }
    const other = `arn:aws:sns:${MOCK_REGION}:${MOCK_ACCOUNT}:someone-elses-topic`;
    expect(keyAllows({ principal: sns, action: "kms:GenerateDataKey", sourceArn: other })).toBe(
      false,
    );
    expect(keyAllows({ principal: sns, action: "kms:GenerateDataKey" })).toBe(false);
  });
});

describe("a consumer's use of the key through DynamoDB", () => {
  const viaDynamoDb = `dynamodb.${MOCK_REGION}.amazonaws.com`;
  /** DynamoDB's encryption context for an item call on a table of this account. */
  const tableContext = (tableName: string) => ({
    "aws:dynamodb:tableName": tableName,
    "aws:dynamodb:subscriberId": MOCK_ACCOUNT,
  });
  const tableName = (key: string) =>
    named(dev, "aws:dynamodb/table:Table", `${P}-${key}`).outputs.name as string;

  it.each(topology.tables.map((t) => [t.owner, t.key] as const))(
    "%s may encrypt and decrypt items of its own table only, and describe the key, all through DynamoDB",
    (owner, key) => {
      for (const action of ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"]) {
        expect(
          roleAllows(owner, {
            action,
            viaService: viaDynamoDb,
            encryptionContext: tableContext(tableName(key)),
          }),
          action,
        ).toBe(true);
        for (const other of topology.tables.filter((t) => t.key !== key)) {
          expect(
            roleAllows(owner, {
              action,
              viaService: viaDynamoDb,
              encryptionContext: tableContext(tableName(other.key)),
            }),
            `${action} on ${other.key}`,
          ).toBe(false);
        }
        // Not outside DynamoDB, even with its table's context.
        expect(
          roleAllows(owner, {
            action: "kms:GenerateDataKey",
            encryptionContext: tableContext(tableName(key)),
          }),
        ).toBe(false);
      }
      expect(roleAllows(owner, { action: "kms:DescribeKey", viaService: viaDynamoDb })).toBe(true);
      expect(roleAllows(owner, { action: "kms:DescribeKey" })).toBe(false);
    },
  );

  it("is no grant of the processor's, which keeps no table", () => {
    for (const t of topology.tables) {
      expect(
        roleAllows("processor", {
          action: "kms:Decrypt",
          viaService: viaDynamoDb,
          encryptionContext: tableContext(tableName(t.key)),
        }),
      ).toBe(false);
    }
  });
});
