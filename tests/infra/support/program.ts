// Runs the Pulumi program (index.ts) under Pulumi's mocks: mocks first, then a dynamic import of a
// fresh copy of the program (a static import would run it before the mocks), outputs awaited, then
// disconnect. Every registered resource is recorded with its inputs, mocked outputs, parent and
// dependencies, so tests assert on them and run the policy pack over them.
import * as pulumi from "@pulumi/pulumi";
import { vi } from "vitest";

export const PROJECT = "order-events";
/** The mocked account and region; fauxqs uses the same, so mocked ARNs are emulator ARNs. */
export const MOCK_ACCOUNT = "000000000000";
export const MOCK_REGION = "us-east-1";

/** Resource properties: untyped JSON, as the engine sees them. */
// biome-ignore lint/suspicious/noExplicitAny: resource properties are arbitrary JSON; tests read them by path.
export type Props = Record<string, any>;

/** One resource the program registered. */
export interface RecordedResource {
  type: string;
  /** Logical name (the mocks also use it as the physical name). */
  name: string;
  urn: string;
  custom: boolean;
  inputs: Props;
  /** inputs plus what the mock computed (arn, url, name…), as the engine would report them. */
  outputs: Props;
  parentUrn: string | undefined;
  dependencyUrns: string[];
}

/** What one program run produced. */
export interface ProgramRun {
  resources: RecordedResource[];
  /** The stack outputs, resolved. */
  outputs: Props;
  /** Invoke tokens the program called (getRegion…). */
  calls: string[];
}

function mockedOutputs(type: string, name: string, inputs: Props): Props {
  const arn = (service: string, resource: string) =>
    `arn:aws:${service}:${MOCK_REGION}:${MOCK_ACCOUNT}:${resource}`;
  switch (type) {
    case "aws:sqs/queue:Queue":
      return {
        ...inputs,
        name,
        arn: arn("sqs", name),
        url: `https://sqs.${MOCK_REGION}.amazonaws.com/${MOCK_ACCOUNT}/${name}`,
      };
    case "aws:sns/topic:Topic":
      return { ...inputs, name, arn: arn("sns", name) };
    case "aws:iam/role:Role":
      return { ...inputs, name, arn: `arn:aws:iam::${MOCK_ACCOUNT}:role/${name}` };
    case "aws:cloudwatch/logGroup:LogGroup":
      return { ...inputs, arn: arn("logs", `log-group:${inputs.name}`) };
    case "aws:kms/key:Key":
      return { ...inputs, keyId: `${name}-key-id`, arn: arn("kms", `key/${name}-key-id`) };
    case "aws:lambda/function:Function":
      return { ...inputs, arn: arn("lambda", `function:${inputs.name}`) };
    case "aws:dynamodb/table:Table":
      return { ...inputs, name, arn: arn("dynamodb", `table/${name}`) };
    case "aws:cloudwatch/metricAlarm:MetricAlarm":
      return { ...inputs, name, arn: arn("cloudwatch", `alarm:${name}`) };
    default:
      return { ...inputs };
  }
}

const invokeResults: Record<string, Record<string, string>> = {
  "aws:index/getRegion:getRegion": { region: MOCK_REGION, name: MOCK_REGION, id: MOCK_REGION },
  "aws:index/getCallerIdentity:getCallerIdentity": {
    accountId: MOCK_ACCOUNT,
    arn: `arn:aws:iam::${MOCK_ACCOUNT}:user/test`,
    id: MOCK_ACCOUNT,
    userId: "AIDATEST",
  },
  "aws:index/getPartition:getPartition": {
    partition: "aws",
    dnsSuffix: "amazonaws.com",
    id: "aws",
    reverseDnsPrefix: "com.amazonaws",
  },
};

/** Resolves any Pulumi input (Output, promise, nested record of outputs) to its plain value. */
export function resolveOutput<T>(value: pulumi.Input<T>): Promise<pulumi.Unwrap<T>> {
  return new Promise((resolve) => {
    pulumi.output(value).apply((v) => {
      resolve(v);
      return v;
    });
  });
}

/**
 * Runs index.ts (or `program`: another module body to run under the same mocks) for `stack`
 * with the given config (keys without the "order-events:" prefix; values as the CLI passes them:
 * text, arrays as JSON). Rejects with the program's error, or when nothing registered (the trap
 * of a program that ran before the mocks were set).
 *
 * @example const run = await runProgram("dev", { ordersBatchSize: "20", ordersBatchingWindowSeconds: "2" });
 */
export async function runProgram(
  stack: string,
  config: Record<string, string> = {},
  program: () => Promise<Record<string, unknown>> = () => import("../../../index.js"),
): Promise<ProgramRun> {
  const resources: RecordedResource[] = [];
  const calls: string[] = [];
  const registrations = new Map<string, Registration>();

  vi.resetModules();
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const outputs = mockedOutputs(args.type, args.name, args.inputs);
        resources.push({
          type: args.type,
          name: args.name,
          urn: "",
          custom: args.custom ?? true,
          inputs: args.inputs,
          outputs,
          parentUrn: undefined,
          dependencyUrns: [],
        });
        return { id: args.custom ? `${args.name}-id` : undefined, state: outputs };
      },
      call(args) {
        calls.push(args.token);
        const result = invokeResults[args.token];
        if (!result) throw new Error(`unexpected invoke ${args.token} under mocks`);
        return result;
      },
    },
    PROJECT,
    stack,
    false,
  );
  // Record each registration's URN, parent and dependencies as the engine would see them.
  const monitor = pulumi.runtime.getMonitor() as unknown as {
    registerResource: (req: RegisterRequest, callback: RegisterCallback) => unknown;
  };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) =>
    register(req, (error, response) => {
      if (response) {
        registrations.set(`${req.getType()}::${req.getName()}`, {
          urn: response.getUrn(),
          parent: req.getParent(),
          dependencies: req.getDependenciesList(),
        });
      }
      callback(error, response);
    });
  pulumi.runtime.setAllConfig(
    Object.fromEntries(Object.entries(config).map(([k, v]) => [`${PROJECT}:${k}`, v])),
  );

  let outputs: Props;
  try {
    const exported = await program();
    outputs = (await resolveOutput(
      pulumi.output(
        Object.fromEntries(Object.entries(exported).filter(([k]) => k !== "__esModule")),
      ),
    )) as Props;
  } finally {
    // Waits for every outstanding registration, including resources no output depends on.
    await pulumi.runtime.disconnect();
  }
  if (resources.length === 0) {
    throw new Error("the program registered no resource: was it imported before setMocks?");
  }
  return { resources: finish(resources, registrations), outputs, calls };
}

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getDependenciesList(): string[];
}
type RegisterCallback = (error: unknown, response: { getUrn(): string } | undefined) => void;
interface Registration {
  urn: string;
  parent: string;
  dependencies: string[];
}

function finish(
  resources: RecordedResource[],
  registrations: Map<string, Registration>,
): RecordedResource[] {
  for (const r of resources) {
    const registration = registrations.get(`${r.type}::${r.name}`);
    if (!registration) throw new Error(`${r.type} ${r.name} was never registered with the monitor`);
    r.urn = registration.urn;
    r.parentUrn = registration.parent || undefined;
    r.dependencyUrns = registration.dependencies;
  }
  return resources;
}

/** The custom resources of a type. */
export function ofType(run: ProgramRun, type: string): RecordedResource[] {
  return run.resources.filter((r) => r.custom && r.type === type);
}

/** The one resource of a type and logical name; throws listing what exists otherwise. */
export function named(run: ProgramRun, type: string, name: string): RecordedResource {
  const found = run.resources.find((r) => r.type === type && r.name === name);
  if (!found) {
    const names = ofType(run, type).map((r) => r.name);
    throw new Error(
      `no ${type} named ${name}; the program registered: ${names.join(", ") || "none"}`,
    );
  }
  return found;
}
