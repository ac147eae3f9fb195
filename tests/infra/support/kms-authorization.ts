// Who may make which KMS request under the stack's policy documents, evaluated the way IAM
// evaluates the parts these documents use: an explicit Deny wins, then some Allow must match the
// principal, the action, the resource and every condition. A request carries only the context
// keys its call has: a KMS call without an EncryptionContext parameter (DescribeKey) has no
// kms:EncryptionContext:* keys, so a condition on one never matches it
// (https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-encryption-context).
// An operator these documents do not use throws, so a new one cannot pass unevaluated.
import type { PolicyDocument, PolicyStatement } from "../../../infra/policy-documents";

/** The KMS calls that take an EncryptionContext parameter (the cryptographic operations). */
export const KMS_ACTIONS_WITH_ENCRYPTION_CONTEXT = [
  "kms:Encrypt",
  "kms:Decrypt",
  "kms:ReEncryptFrom",
  "kms:ReEncryptTo",
  "kms:GenerateDataKey",
  "kms:GenerateDataKeyWithoutPlaintext",
  "kms:GenerateDataKeyPair",
  "kms:GenerateDataKeyPairWithoutPlaintext",
] as const;

/** One request to KMS, with the context IAM evaluates it in. */
export interface KmsRequest {
  /** The caller: an AWS service principal, or an IAM role (its ARN). */
  readonly principal: { readonly service: string } | { readonly roleArn: string };
  readonly action: string;
  /** The key's ARN (a key policy's Resource "*" means its own key). */
  readonly resource: string;
  /** Present only for a call that takes one (see KMS_ACTIONS_WITH_ENCRYPTION_CONTEXT). */
  readonly encryptionContext?: Readonly<Record<string, string>>;
  /** The service that calls KMS on the principal's behalf (kms:ViaService), if any. */
  readonly viaService?: string;
  /** The resource on whose behalf a service calls (aws:SourceArn), if any. */
  readonly sourceArn?: string;
}

/** The request's value for a condition key, or undefined when the request does not carry it. */
function contextValue(request: KmsRequest, key: string): string | undefined {
  const contextPrefix = "kms:EncryptionContext:";
  if (key.startsWith(contextPrefix)) {
    return request.encryptionContext?.[key.slice(contextPrefix.length)];
  }
  switch (key) {
    case "kms:ViaService":
      return request.viaService;
    case "aws:SourceArn":
      return request.sourceArn;
    case "aws:PrincipalArn":
      return "roleArn" in request.principal ? request.principal.roleArn : undefined;
    default:
      throw new Error(`condition key ${key} is not evaluated here: add it to kms-authorization.ts`);
  }
}

/** IAM's wildcard match (`*` any run of characters, `?` one), as in Action and Arn/StringLike. */
function wildcardMatch(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${regex}$`).test(value);
}

function conditionHolds(
  operator: string,
  key: string,
  expected: string | string[],
  request: KmsRequest,
): boolean {
  const values = [expected].flat();
  const actual = contextValue(request, key);
  switch (operator) {
    case "StringEquals":
    case "ArnEquals":
      return actual !== undefined && values.includes(actual);
    case "StringLike":
    case "ArnLike":
      return actual !== undefined && values.some((v) => wildcardMatch(v, actual));
    case "ArnNotEquals":
    case "StringNotEquals":
      // A negated operator matches a request that lacks the key.
      return actual === undefined || !values.includes(actual);
    default:
      throw new Error(
        `condition operator ${operator} is not evaluated here: add it to kms-authorization.ts`,
      );
  }
}

function principalMatches(
  statement: PolicyStatement,
  request: KmsRequest,
  keyPolicy: boolean,
): boolean {
  // An identity policy (a role's) has no Principal: it applies to its role.
  if (!keyPolicy) return statement.Principal === undefined;
  const principal = statement.Principal;
  if (principal === undefined) return false;
  if (principal === "*") return true;
  if ("service" in request.principal) {
    return [principal.Service ?? []].flat().includes(request.principal.service);
  }
  return [principal.AWS ?? []].flat().includes(request.principal.roleArn);
}

function statementMatches(
  statement: PolicyStatement,
  request: KmsRequest,
  keyPolicy: boolean,
): boolean {
  const resources = [statement.Resource ?? "*"].flat();
  return (
    principalMatches(statement, request, keyPolicy) &&
    [statement.Action].flat().some((a) => wildcardMatch(a, request.action)) &&
    resources.some((r) => r === "*" || wildcardMatch(r, request.resource)) &&
    Object.entries(statement.Condition ?? {}).every(([operator, keys]) =>
      Object.entries(keys).every(([key, expected]) =>
        conditionHolds(operator, key, expected, request),
      ),
    )
  );
}

/**
 * Whether `document` allows `request`: no Deny matches and some Allow does. `keyPolicy` says how
 * to read Principal: a key policy names its principals; a role's policy names none.
 *
 * @example allows(keyPolicy, { principal: { service: "logs.us-east-1.amazonaws.com" }, action: "kms:Decrypt", resource: keyArn, encryptionContext: { "aws:logs:arn": logGroupArn } }, { keyPolicy: true })
 */
export function allows(
  document: PolicyDocument,
  request: KmsRequest,
  options: { keyPolicy: boolean },
): boolean {
  const matching = document.Statement.filter((s) =>
    statementMatches(s, request, options.keyPolicy),
  );
  return !matching.some((s) => s.Effect === "Deny") && matching.some((s) => s.Effect === "Allow");
}

/**
 * The most favourable request a statement could meet for one of its actions: the principal it
 * names, and every context key its conditions test set to an accepted value, except that an
 * encryption context exists only for the calls that take one. If `allows` refuses even this
 * request, the statement lists an action it can never grant.
 *
 * @example allows(doc, bestRequestFor(statement, "kms:DescribeKey", keyArn), { keyPolicy: true }) // false under an encryption-context condition
 */
export function bestRequestFor(
  statement: PolicyStatement,
  action: string,
  resource: string,
): KmsRequest {
  const principal = statement.Principal;
  const service = principal && principal !== "*" ? [principal.Service ?? []].flat()[0] : undefined;
  const role = principal && principal !== "*" ? [principal.AWS ?? []].flat()[0] : undefined;
  const takesContext = (KMS_ACTIONS_WITH_ENCRYPTION_CONTEXT as readonly string[]).includes(action);
  const encryptionContext: Record<string, string> = {};
  let viaService: string | undefined;
  let sourceArn: string | undefined;
  for (const keys of Object.values(statement.Condition ?? {})) {
    for (const [key, expected] of Object.entries(keys)) {
      const value = [expected].flat()[0] ?? "";
      if (key.startsWith("kms:EncryptionContext:")) {
        if (takesContext) encryptionContext[key.slice("kms:EncryptionContext:".length)] = value;
      } else if (key === "kms:ViaService") viaService = value;
      else if (key === "aws:SourceArn") sourceArn = value;
    }
  }
  return {
    principal: service ? { service } : { roleArn: role ?? "arn:aws:iam::000000000000:role/any" },
    action,
    resource,
    ...(takesContext ? { encryptionContext } : {}),
    ...(viaService ? { viaService } : {}),
    ...(sourceArn ? { sourceArn } : {}),
  };
}
