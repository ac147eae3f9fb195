// Runs in a fresh Node process, as the Lambda runtime would: imports the built ESM bundle (a .mjs file,
// so no global `require` hides a broken bundle) and calls its handler once.
// Usage: node invoke-bundle.mjs <bundle.mjs> <event.json> <result.json>
// REMAINING_MS (default 30000) is the time the context says remains when the invocation starts.
// The result file gets {"returned": value} or {"threw": {name, message}}; an import failure is
// reported the same way, with "phase": "import".
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [bundlePath, eventPath, resultPath] = process.argv.slice(2);
if (!bundlePath || !eventPath || !resultPath) {
  throw new Error("usage: node invoke-bundle.mjs <bundle.mjs> <event.json> <result.json>");
}
const save = (result) => writeFileSync(resultPath, JSON.stringify(result));
const describe = (error) => ({ name: error?.name, message: error?.message });

let handler;
try {
  ({ handler } = await import(pathToFileURL(bundlePath).href));
} catch (error) {
  save({ phase: "import", threw: describe(error) });
  process.exit(0);
}

const functionName = "order-processor";
const remainingAt = Date.now() + Number(process.env.REMAINING_MS ?? 30_000);
const context = {
  functionName,
  functionVersion: "$LATEST",
  invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
  memoryLimitInMB: "256",
  awsRequestId: "8f5c2a1e-3b4d-4e6f-9a0b-1c2d3e4f5a6b",
  logGroupName: `/aws/lambda/${functionName}`,
  logStreamName: "2026/03/01/[$LATEST]0123456789abcdef0123456789abcdef",
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => Math.max(0, remainingAt - Date.now()),
};
try {
  const event = JSON.parse(readFileSync(eventPath, "utf8"));
  const started = Date.now();
  const returned = await handler(event, context);
  save({ phase: "invoke", returned, durationMs: Date.now() - started });
} catch (error) {
  save({ phase: "invoke", threw: describe(error) });
}
