import { SNSClient } from "@aws-sdk/client-sns";
import { SQSClient } from "@aws-sdk/client-sqs";

/** Any credentials do for an emulator; the SDK insists on having some. */
export const LOCAL_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" } as const;

/** Default Region of the local runtime (the emulator puts it in every ARN). */
export const DEFAULT_LOCAL_REGION = "us-east-1";

/** A running SNS/SQS endpoint: the embedded emulator, or one named by AWS_ENDPOINT_URL. */
export interface Emulator {
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  readonly region: string;
  /** True when this process started it (and `stop` shuts it down). */
  readonly embedded: boolean;
  stop(): Promise<void>;
}

export interface StartEmulatorOptions {
  /** Use this endpoint (e.g. process.env.AWS_ENDPOINT_URL) instead of starting the embedded one. */
  readonly endpoint?: string;
  readonly region?: string;
}

/**
 * Starts the embedded `fauxqs` SNS/SQS emulator on a free port, or, given an `endpoint` (the CLI
 * passes AWS_ENDPOINT_URL), uses that one (a fauxqs container, LocalStack...) and starts nothing.
 *
 * @example
 * const emulator = await startEmulator({ endpoint: process.env.AWS_ENDPOINT_URL });
 * const { sqs, sns } = awsClients(emulator);
 * await emulator.stop();
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const region = options.region ?? DEFAULT_LOCAL_REGION;
  const external = options.endpoint;
  if (external) {
    return { endpoint: external, region, embedded: false, stop: async () => {} };
  }
  // fauxqs is ESM-only: a dynamic import keeps this CommonJS module loadable.
  const { startFauxqs } = await import("fauxqs");
  const server = await startFauxqs({ port: 0, logger: false, defaultRegion: region });
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    region,
    embedded: true,
    stop: () => server.stop(),
  };
}

/** SDK clients for an emulator (queue URLs of fauxqs use a `*.localhost` host: never dial them). */
export interface AwsClients {
  readonly sqs: SQSClient;
  readonly sns: SNSClient;
}

/**
 * SQS and SNS clients pointed at the emulator.
 *
 * @example const { sqs, sns } = awsClients(emulator);
 */
export function awsClients(emulator: Pick<Emulator, "endpoint" | "region">): AwsClients {
  const common = {
    endpoint: emulator.endpoint,
    region: emulator.region,
    credentials: LOCAL_CREDENTIALS,
  };
  return {
    sqs: new SQSClient({ ...common, useQueueUrlAsEndpoint: false }),
    sns: new SNSClient(common),
  };
}

/**
 * The environment that makes the real SDK clients inside handlers (the processor's SNS client)
 * reach the emulator: the SDK honours AWS_ENDPOINT_URL_SNS / _SQS by itself.
 *
 * @example Object.assign(process.env, emulatorEnvironment(emulator));
 */
export function emulatorEnvironment(
  emulator: Pick<Emulator, "endpoint" | "region">,
): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_SNS: emulator.endpoint,
    AWS_ENDPOINT_URL_SQS: emulator.endpoint,
    AWS_REGION: emulator.region,
    AWS_DEFAULT_REGION: emulator.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  };
}
