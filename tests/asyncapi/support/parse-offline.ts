import { readFileSync } from "node:fs";
import {
  type AsyncAPIDocumentInterface,
  type Diagnostic,
  DiagnosticSeverity,
  Parser,
} from "@asyncapi/parser";

/** What @asyncapi/parser made of a document, read from disk with every remote reference refused. */
export interface OfflineParse {
  document: AsyncAPIDocumentInterface | undefined;
  diagnostics: Diagnostic[];
  /** Diagnostics of severity error, as `path: message` lines. */
  errors: string[];
  /** http(s) references the parser tried to read (each was answered with nothing). */
  remoteRefs: string[];
}

/**
 * Parses an AsyncAPI document the way a reader of the package would, but offline: relative `$ref`s
 * are read from disk beside `path`, and any http(s) reference is recorded instead of fetched.
 * `text` replaces the file's content (to parse a changed copy in the same folder).
 */
export async function parseOffline(path: string, text?: string): Promise<OfflineParse> {
  const remoteRefs: string[] = [];
  const refuse = (schema: "http" | "https") => ({
    schema,
    order: 1,
    read: (uri: { toString(): string }) => {
      remoteRefs.push(uri.toString());
      return "{}";
    },
  });
  const parser = new Parser({
    __unstable: { resolver: { resolvers: [refuse("http"), refuse("https")] } },
  });
  const { document, diagnostics } = await parser.parse(text ?? readFileSync(path, "utf8"), {
    source: path,
  });
  const errors = diagnostics
    .filter((d) => d.severity === DiagnosticSeverity.Error)
    .map((d) => `${d.path.join(".")}: ${d.message}`);
  return { document, diagnostics, errors, remoteRefs };
}
