export {
  type AsyncHandler,
  type AsyncInvocationOptions,
  type AsyncInvocationResult,
  invokeAsyncWithDestinations,
} from "./async-invocation";
export { type NodeErrorPayload, nodeErrorPayload } from "./error-payload";
export { LATEST, qualifierOf, qualifyFunctionArn } from "./function-arn";
export {
  type BuiltDestinationRecord,
  type DestinationRecordParts,
  destinationRecord,
  failureDestinationRecord,
  type InvocationCondition,
  type InvocationFacts,
  RECORD_VERSION,
  successDestinationRecord,
} from "./record";
