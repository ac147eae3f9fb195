/** The fields of package/manifest.json the document's `info` reads (npm's own meanings). */
export interface InfoManifest {
  name: string;
  version: string;
  license: string;
  /** npm's `author`: "Name <email> (url)" or { name, email, url }. */
  author?: string | { name?: string; email?: string; url?: string };
  /** npm's `bugs`: where to report problems, a URL or { url, email }. */
  bugs?: string | { url?: string; email?: string };
  /** npm's `homepage`: the package's documentation. */
  homepage?: string;
}

/** Used while the manifest names no `homepage`: how SNS delivers to SQS, envelope or raw. */
const FANOUT_DOCS = "https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html";

/** npm's "Name <email> (url)" person string, split. */
function person(text: string): { name?: string; email?: string; url?: string } {
  const match = /^\s*([^<(]*?)\s*(?:<([^>]*)>)?\s*(?:\(([^)]*)\))?\s*$/.exec(text);
  const [, name, email, url] = match ?? [];
  return {
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
    ...(url ? { url } : {}),
  };
}

/**
 * The document's `info` beyond its description: version, contact, license and external docs,
 * all from the contracts package's manifest (npm's `version`, `author`, `bugs`, `license`,
 * `homepage`), since the document ships in that package. A contact with only a name, and external
 * docs pointing at AWS's page on SNS-to-SQS delivery, stand in while the manifest names no
 * author, bugs or homepage.
 *
 * @example documentInfo({ name: "@order-events/contracts", version: "1.1.0", license: "UNLICENSED" }).license // { name: "UNLICENSED" }
 */
export function documentInfo(manifest: InfoManifest): Record<string, unknown> {
  const author = typeof manifest.author === "string" ? person(manifest.author) : manifest.author;
  const bugs = typeof manifest.bugs === "string" ? { url: manifest.bugs } : manifest.bugs;
  const contact = {
    name: author?.name ?? `Maintainers of ${manifest.name}`,
    ...((bugs?.url ?? author?.url) ? { url: bugs?.url ?? author?.url } : {}),
    ...((author?.email ?? bugs?.email) ? { email: author?.email ?? bugs?.email } : {}),
  };
  return {
    version: manifest.version,
    contact,
    license: { name: manifest.license },
    externalDocs: manifest.homepage
      ? { description: `The documentation of ${manifest.name}.`, url: manifest.homepage }
      : {
          description:
            "How SNS delivers a topic's messages to the subscribed SQS queues: as SNS's JSON envelope, or as published with raw message delivery (AWS documentation).",
          url: FANOUT_DOCS,
        },
  };
}
