// dynalite ships no types: the part of its API the local runtime uses.
declare module "dynalite" {
  import type { Server } from "node:http";

  interface DynaliteOptions {
    /** LevelDB folder; in memory when omitted. */
    path?: string;
    /** How long tables stay CREATING / DELETING / UPDATING (default 500 ms each). */
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }

  /** A DynamoDB-compatible HTTP server (not yet listening). */
  function dynalite(options?: DynaliteOptions): Server;
  export = dynalite;
}
