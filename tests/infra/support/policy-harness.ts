// Runs @pulumi/policy policies without the CLI: builds the arguments the policy server would pass,
// from resources recorded under mocks, and collects the violations they report.
import type {
  PolicyResource,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { Props, RecordedResource } from "./program";

/** A violation a policy reported. */
export interface Violation {
  policy: string;
  message: string;
  /** The resource's URN (stack policies may report against the stack: undefined). */
  urn: string | undefined;
}

class NotApplicable extends Error {}

const isTypeFor =
  (type: string) =>
  (resourceClass: unknown): boolean =>
    (resourceClass as { __pulumiType?: string }).__pulumiType === type;

const options = (parent: string | undefined) => ({
  protect: false,
  ignoreChanges: [],
  aliases: [],
  customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
  additionalSecretOutputs: [],
  parent,
});

function resourceArgs(r: RecordedResource): ResourceValidationArgs {
  const isType = isTypeFor(r.type);
  return {
    type: r.type,
    // Resource policies see the inputs, as before a create or update.
    props: r.inputs,
    urn: r.urn,
    name: r.name,
    opts: options(r.parentUrn),
    stackTags: new Map(),
    isType,
    asType: ((cls: unknown) =>
      isType(cls) ? r.inputs : undefined) as ResourceValidationArgs["asType"],
    getConfig: <T extends object>() => ({}) as T,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason);
    },
  };
}

function policyResources(resources: RecordedResource[]): PolicyResource[] {
  const byUrn = new Map<string, PolicyResource>();
  for (const r of resources) {
    const isType = isTypeFor(r.type);
    byUrn.set(r.urn, {
      type: r.type,
      // Stack policies see the outputs, as after the update.
      props: r.outputs,
      urn: r.urn,
      name: r.name,
      opts: options(r.parentUrn),
      dependencies: [],
      propertyDependencies: {},
      isType,
      asType: ((cls: unknown) => (isType(cls) ? r.outputs : undefined)) as PolicyResource["asType"],
    });
  }
  for (const r of resources) {
    const resource = byUrn.get(r.urn);
    if (!resource) continue;
    resource.parent = r.parentUrn ? byUrn.get(r.parentUrn) : undefined;
    resource.dependencies = r.dependencyUrns
      .map((urn) => byUrn.get(urn))
      .filter((d): d is PolicyResource => d !== undefined);
  }
  return [...byUrn.values()];
}

/** Runs one resource policy over every recorded custom resource. */
export async function runResourcePolicy(
  policy: ResourceValidationPolicy,
  resources: RecordedResource[],
): Promise<Violation[]> {
  const violations: Violation[] = [];
  const validations = Array.isArray(policy.validateResource)
    ? policy.validateResource
    : policy.validateResource
      ? [policy.validateResource]
      : [];
  for (const r of resources.filter((x) => x.custom)) {
    for (const validate of validations) {
      try {
        await validate(resourceArgs(r), (message) =>
          violations.push({ policy: policy.name, message, urn: r.urn }),
        );
      } catch (error) {
        if (!(error instanceof NotApplicable)) throw error;
      }
    }
  }
  return violations;
}

/** Runs one stack policy over the recorded custom resources. */
export async function runStackPolicy(
  policy: StackValidationPolicy,
  resources: RecordedResource[],
): Promise<Violation[]> {
  const violations: Violation[] = [];
  const args: StackValidationArgs = {
    resources: policyResources(resources.filter((r) => r.custom)),
    stackTags: new Map(),
    getConfig: <T extends object>() => ({}) as T,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason);
    },
  };
  try {
    await policy.validateStack(args, (message, urn) =>
      violations.push({ policy: policy.name, message, urn }),
    );
  } catch (error) {
    if (!(error instanceof NotApplicable)) throw error;
  }
  return violations;
}

/** Runs a resource or stack policy. */
export function runPolicy(
  policy: ResourceValidationPolicy | StackValidationPolicy,
  resources: RecordedResource[],
): Promise<Violation[]> {
  return "validateStack" in policy
    ? runStackPolicy(policy, resources)
    : runResourcePolicy(policy, resources);
}

/**
 * A deep copy of the recorded resources with one resource changed: `change` edits the copy's
 * inputs and outputs (the same object shape), to build a deliberately bad stack. `type` picks
 * the resource when several share the name (a consumer's queue and function).
 */
export function withChange(
  resources: RecordedResource[],
  name: string,
  change: (props: Props) => void,
  type?: string,
): RecordedResource[] {
  const copy = structuredClone(
    resources.map((r) => ({
      ...r,
      inputs: stripAssets(r.inputs),
      outputs: stripAssets(r.outputs),
    })),
  );
  const target = copy.find((r) => r.name === name && r.custom && (!type || r.type === type));
  if (!target) throw new Error(`no custom resource named ${name} to change`);
  change(target.inputs);
  change(target.outputs);
  return copy;
}

/** Adds a resource to a copy of the recorded ones (a bad resource the program never makes). */
export function withExtra(
  resources: RecordedResource[],
  extra: Omit<RecordedResource, "urn">,
): RecordedResource[] {
  return [
    ...resources,
    { ...extra, urn: `urn:pulumi:test::order-events::${extra.type}::${extra.name}` },
  ];
}

// Archives (the Lambda code) hold promises, which structuredClone cannot copy; policies never read them.
function stripAssets(props: Props): Props {
  const { code: _code, ...rest } = props;
  return rest;
}
