import { execFileSync } from "node:child_process";

/** The application version a broker records: the git commit, and the branch it was built from. */
export interface GitVersion {
  commit: string;
  branch: string;
}

function git(args: string[]): string {
  return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/**
 * The current commit and branch. CI checkouts are often detached, so the branch comes from the CI's
 * own variables first (GIT_BRANCH, GITHUB_HEAD_REF, GITHUB_REF_NAME, CI_COMMIT_REF_NAME), then git.
 *
 * @example gitVersion() // → { commit: "2ab8589…", branch: "main" }
 */
export function gitVersion(env: NodeJS.ProcessEnv = process.env): GitVersion {
  const commit = env.GIT_COMMIT || git(["rev-parse", "HEAD"]);
  const branch =
    env.GIT_BRANCH ||
    env.GITHUB_HEAD_REF ||
    env.GITHUB_REF_NAME ||
    env.CI_COMMIT_REF_NAME ||
    git(["rev-parse", "--abbrev-ref", "HEAD"]);
  if (branch === "HEAD") {
    throw new Error(
      "the checkout is detached and no CI branch variable is set: set GIT_BRANCH so pacts and results are tagged with their branch",
    );
  }
  return { commit, branch };
}
