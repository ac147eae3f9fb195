// Small pure builders for every IAM, KMS, SQS and SNS policy document of the stack. They take
// plain ARNs and return plain objects, so tests compare them exactly and components only wrap
// them in `pulumi.all(...).apply(...)`.

/** An IAM policy statement, as AWS stores it. */
export interface PolicyStatement {
  Sid: string;
  Effect: "Allow" | "Deny";
  Principal?: "*" | { AWS?: string | string[]; Service?: string | string[] };
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** An IAM policy document. */
export interface PolicyDocument {
  Version: "2012-10-17";
  Id?: string;
  Statement: PolicyStatement[];
}

const VERSION = "2012-10-17" as const;

/** Denies every request to the resource that does not use TLS (aws:SecureTransport false). */
function denyInsecureTransport(actions: string | string[], resource: string): PolicyStatement {
  return {
    Sid: "DenyInsecureTransport",
    Effect: "Deny",
    Principal: "*",
    Action: actions,
    Resource: resource,
    Condition: { Bool: { "aws:SecureTransport": "false" } },
  };
}

/**
 * The trust policy of a Lambda execution role: only the Lambda service may assume it.
 *
 * @example JSON.stringify(lambdaAssumeRolePolicy())
 */
export function lambdaAssumeRolePolicy(): PolicyDocument {
  return {
    Version: VERSION,
    Statement: [
      {
        Sid: "LambdaAssumesRole",
        Effect: "Allow",
        Principal: { Service: "lambda.amazonaws.com" },
        Action: "sts:AssumeRole",
      },
    ],
  };
}

/** What a function's execution role needs, as ARNs. */
export interface ExecutionGrants {
  /** Its own log group (ARN without the `:*` suffix). */
  logGroupArn: string;
  /** Queues its event source mappings read. */
  consumeQueueArns: string[];
  /** Topics it publishes to, directly or through its destinations. */
  publishTopicArns: string[];
  /** The stack's KMS key, which encrypts those queues and topics. */
  kmsKeyArn: string;
  /** AWS region, to pin KMS use to SQS and SNS calls (kms:ViaService). */
  region: string;
  /** Its own idempotency table (Powertools' DynamoDB persistence layer), if it keeps one. */
  idempotencyTableArn?: string;
}

/**
 * The DynamoDB calls of Powertools' DynamoDBPersistenceLayer: a conditional PutItem (INPROGRESS),
 * GetItem (an existing record), UpdateItem (COMPLETED with the result), DeleteItem (the work threw).
 */
export const IDEMPOTENCY_TABLE_ACTIONS = [
  "dynamodb:PutItem",
  "dynamodb:GetItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
] as const;

/**
 * What reading and writing items of a table encrypted with a customer managed key needs of the key,
 * allowed only through DynamoDB (kms:ViaService): DynamoDB calls KMS on the caller's behalf. These
 * cryptographic calls carry DynamoDB's encryption context, which names the table
 * (`aws:dynamodb:tableName`, https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.howitworks.html),
 * so they are granted for the function's own table only. `kms:DescribeKey` is granted in a
 * statement of its own: it carries no encryption context
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html), so under that
 * condition it would never be granted.
 */
export const IDEMPOTENCY_TABLE_KMS_ACTIONS = [
  "kms:Decrypt",
  "kms:Encrypt",
  "kms:GenerateDataKey",
] as const;

/**
 * A table's name from its ARN (`arn:aws:dynamodb:<region>:<account>:table/<name>`); DynamoDB's
 * encryption context names the table by name.
 */
function tableNameOf(tableArn: string): string {
  const marker = ":table/";
  const at = tableArn.indexOf(marker);
  if (at < 0 || at + marker.length === tableArn.length) {
    throw new Error(`${tableArn} is not a DynamoDB table ARN (arn:aws:dynamodb:…:table/<name>)`);
  }
  return tableArn.slice(at + marker.length);
}

/** The statements that let a function keep idempotency records in its own table, and only there. */
function idempotencyTableStatements(grants: ExecutionGrants, tableArn: string): PolicyStatement[] {
  const viaDynamoDb = { "kms:ViaService": `dynamodb.${grants.region}.amazonaws.com` };
  return [
    {
      Sid: "KeepIdempotencyRecords",
      Effect: "Allow",
      Action: [...IDEMPOTENCY_TABLE_ACTIONS],
      Resource: tableArn,
    },
    {
      Sid: "EncryptIdempotencyRecords",
      Effect: "Allow",
      Action: [...IDEMPOTENCY_TABLE_KMS_ACTIONS],
      Resource: grants.kmsKeyArn,
      Condition: {
        StringEquals: {
          ...viaDynamoDb,
          // Defence in depth: even through DynamoDB, only for this function's own table.
          "kms:EncryptionContext:aws:dynamodb:tableName": tableNameOf(tableArn),
        },
      },
    },
    {
      Sid: "DescribeIdempotencyTableKey",
      Effect: "Allow",
      Action: "kms:DescribeKey",
      Resource: grants.kmsKeyArn,
      Condition: { StringEquals: viaDynamoDb },
    },
  ];
}

/**
 * The execution role's only permissions: write its own log streams, read and delete on its
 * queues (what the event source mapping does with the role), publish on its topics (outcomes
 * and destination records), read and write items of its own idempotency table, and the KMS calls
 * those make, only through SQS, SNS or DynamoDB (and for DynamoDB, only for its own table).
 *
 * @example
 * executionRolePolicy({ logGroupArn, consumeQueueArns: [ordersArn], publishTopicArns: [ok, ko], kmsKeyArn, region: "eu-west-1" })
 */
export function executionRolePolicy(grants: ExecutionGrants): PolicyDocument {
  const statements: PolicyStatement[] = [
    {
      Sid: "WriteOwnLogs",
      Effect: "Allow",
      Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
      // Lambda names log streams itself, so streams of the one group are the narrowest scope.
      Resource: `${grants.logGroupArn}:log-stream:*`,
    },
  ];
  if (grants.consumeQueueArns.length > 0) {
    statements.push(
      {
        Sid: "ConsumeQueues",
        Effect: "Allow",
        Action: [
          "sqs:ReceiveMessage",
          "sqs:DeleteMessage",
          "sqs:ChangeMessageVisibility",
          "sqs:GetQueueAttributes",
        ],
        Resource: grants.consumeQueueArns,
      },
      {
        Sid: "DecryptQueueMessages",
        Effect: "Allow",
        Action: "kms:Decrypt",
        Resource: grants.kmsKeyArn,
        Condition: { StringEquals: { "kms:ViaService": `sqs.${grants.region}.amazonaws.com` } },
      },
    );
  }
  if (grants.publishTopicArns.length > 0) {
    statements.push(
      {
        Sid: "PublishToTopics",
        Effect: "Allow",
        Action: "sns:Publish",
        Resource: grants.publishTopicArns,
      },
      {
        Sid: "EncryptTopicMessages",
        Effect: "Allow",
        Action: ["kms:GenerateDataKey", "kms:Decrypt"],
        Resource: grants.kmsKeyArn,
        Condition: { StringEquals: { "kms:ViaService": `sns.${grants.region}.amazonaws.com` } },
      },
    );
  }
  if (grants.idempotencyTableArn !== undefined) {
    statements.push(...idempotencyTableStatements(grants, grants.idempotencyTableArn));
  }
  return { Version: VERSION, Statement: statements };
}

/**
 * A queue's access policy: TLS only, and, for a queue subscribed to topics, SendMessage from
 * SNS for exactly those topics (aws:SourceArn). Everything else goes through IAM.
 *
 * @example queuePolicy(fulfilmentQueueArn, [successTopicArn])
 */
export function queuePolicy(queueArn: string, snsSourceTopicArns: string[] = []): PolicyDocument {
  const statements: PolicyStatement[] = [denyInsecureTransport("sqs:*", queueArn)];
  if (snsSourceTopicArns.length > 0) {
    statements.push({
      Sid: "AllowSubscribedTopics",
      Effect: "Allow",
      Principal: { Service: "sns.amazonaws.com" },
      Action: "sqs:SendMessage",
      Resource: queueArn,
      Condition: { ArnEquals: { "aws:SourceArn": snsSourceTopicArns } },
    });
  }
  return { Version: VERSION, Id: "queue-access", Statement: statements };
}

/**
 * A topic's access policy: only the publisher roles may publish (Lambda destinations publish
 * with the function's role, so they are covered), everyone else is denied even if IAM allows
 * it, and every request without TLS (any sns: action) is denied.
 *
 * @example topicPolicy(successTopicArn, [processorRoleArn])
 */
export function topicPolicy(topicArn: string, publisherRoleArns: string[]): PolicyDocument {
  return {
    Version: VERSION,
    Id: "topic-access",
    Statement: [
      {
        Sid: "AllowPublishers",
        Effect: "Allow",
        Principal: { AWS: publisherRoleArns },
        Action: "sns:Publish",
        Resource: topicArn,
      },
      {
        Sid: "DenyOtherPublishers",
        Effect: "Deny",
        Principal: "*",
        Action: "sns:Publish",
        Resource: topicArn,
        // aws:PrincipalArn is the role's ARN for its sessions (functions and destinations).
        Condition: { ArnNotEquals: { "aws:PrincipalArn": publisherRoleArns } },
      },
      // Every SNS action, not only Publish/Subscribe: reading attributes or the subscription list
      // over plain HTTP is refused too.
      denyInsecureTransport("sns:*", topicArn),
    ],
  };
}

/** CloudWatch Logs' use of the stack key: its regional service principal and the log groups. */
export interface LogsKeyGrant {
  /** `logs.<region>.amazonaws.com`: CloudWatch Logs uses a regional principal. */
  servicePrincipal: string;
  /** ARNs of the stack's log groups (`arn:aws:logs:<region>:<account>:log-group:<name>`). */
  logGroupArns: string[];
}

/**
 * The KMS calls CloudWatch Logs makes to encrypt and read a log group's data, granted under the
 * condition that their encryption context names one of the stack's log groups. AWS's key policy
 * for CloudWatch Logs (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html)
 * lists `kms:Encrypt*`, `kms:Decrypt*`, `kms:ReEncrypt*`, `kms:GenerateDataKey*` and
 * `kms:Describe*` under that condition; they are named one by one here (a symmetric key has no
 * key-pair actions) so no wildcard is granted. DescribeKey is left out: it carries no encryption
 * context, so under that condition it is never granted (CloudWatch Logs works without it, as AWS's
 * own policy shows), and listing it would only suggest a grant that does not exist.
 */
export const LOGS_KMS_ACTIONS = [
  "kms:Encrypt",
  "kms:Decrypt",
  "kms:ReEncryptFrom",
  "kms:ReEncryptTo",
  "kms:GenerateDataKey",
  "kms:GenerateDataKeyWithoutPlaintext",
];

/**
 * The key policy of the stack's KMS key. The account statement is AWS's default key policy:
 * it hands control to IAM (roles get kms: actions only from their own policies). SNS may use the
 * key only for deliveries from the stack's topics to its encrypted queues. CloudWatch Logs may use it only for the stack's log groups (the encryption context
 * CloudWatch Logs passes names the log group). In a key policy, Resource "*" means this key.
 *
 * @example encryptionKeyPolicy("arn:aws:iam::123456789012:root", [successTopicArn, failureTopicArn], { servicePrincipal: "logs.eu-west-1.amazonaws.com", logGroupArns })
 */
export function encryptionKeyPolicy(
  accountRootArn: string,
  snsTopicArns: string[],
  logs?: LogsKeyGrant,
): PolicyDocument {
  const statements: PolicyStatement[] = [
    {
      Sid: "EnableIamPolicies",
      Effect: "Allow",
      Principal: { AWS: accountRootArn },
      Action: "kms:*",
      Resource: "*",
    },
    {
      Sid: "AllowSnsDeliveryToEncryptedQueues",
      Effect: "Allow",
      Principal: { Service: "sns.amazonaws.com" },
      Action: ["kms:GenerateDataKey", "kms:Decrypt"],
      Resource: "*",
      Condition: { ArnEquals: { "aws:SourceArn": snsTopicArns } },
    },
  ];
  if (logs && logs.logGroupArns.length > 0) {
    statements.push({
      Sid: "AllowLogsForStackLogGroups",
      Effect: "Allow",
      Principal: { Service: logs.servicePrincipal },
      Action: LOGS_KMS_ACTIONS,
      Resource: "*",
      Condition: { ArnEquals: { "kms:EncryptionContext:aws:logs:arn": logs.logGroupArns } },
    });
  }
  return { Version: VERSION, Id: "key-access", Statement: statements };
}
