/**
 * The comment step of the composite action (action/comment.js) against a recording stand-in for github-script's
 * `github` client: one comment per program folder and stack, created once and then updated.
 */
import { describe, expect, it } from "vitest";
import upsertComment from "../../action/comment";
import { scratchDir, writeScratchFile } from "../helpers/scratch";

const file = writeScratchFile(scratchDir("comment"), "report.md", "<!-- data-boundary-report -->\n## report\n");

const KEY = '<!-- data-boundary: program-dir="infra" stack="dev" -->';
const BODY = `${KEY}\n<!-- data-boundary-report -->\n## report\n`;

interface Comment {
  readonly id: number;
  readonly body: string;
  readonly user: { readonly type: string };
  readonly html_url: string;
}

/** A github-script client and context over the given comments, recording every call. */
function fakeGitHub(comments: Comment[], pullRequest: { number: number } | null = { number: 7 }) {
  const calls: unknown[][] = [];
  const info: string[] = [];
  const listComments = (): never => {
    throw new Error("listComments is only called through paginate");
  };
  const github = {
    paginate: async (method: unknown, params: unknown) => {
      calls.push(["paginate", method === listComments ? "listComments" : method, params]);
      return comments;
    },
    rest: {
      issues: {
        listComments,
        updateComment: async (params: unknown) => {
          calls.push(["updateComment", params]);
        },
        createComment: async (params: unknown) => {
          calls.push(["createComment", params]);
          return { data: { html_url: "https://github.test/o/r/pull/7#new" } };
        },
      },
    },
  };
  const context = { eventName: pullRequest ? "pull_request" : "push", payload: { pull_request: pullRequest ?? undefined }, repo: { owner: "o", repo: "r" } };
  const core = { info: (line: string) => info.push(line) };
  return { step: { github, context, core, file, programDir: "infra", stack: "dev" }, calls, info };
}

const listed = ["paginate", "listComments", { owner: "o", repo: "r", issue_number: 7, per_page: 100 }];

describe("the action's sticky comment", () => {
  it("is created with the program's and stack's key line when the pull request has none", async () => {
    const { step, calls, info } = fakeGitHub([]);
    await upsertComment(step);
    expect(calls).toEqual([listed, ["createComment", { owner: "o", repo: "r", issue_number: 7, body: BODY }]]);
    expect(info).toEqual(["Created comment https://github.test/o/r/pull/7#new"]);
  });

  it("updates the bot's comment of the same program and stack, and no other", async () => {
    const other = (id: number, type: string, key: string): Comment => ({ id, body: `${key}\nold`, user: { type }, html_url: `u${id}` });
    const { step, calls, info } = fakeGitHub([
      other(1, "User", KEY),
      other(2, "Bot", '<!-- data-boundary: program-dir="infra" stack="prod" -->'),
      other(3, "Bot", KEY),
    ]);
    await upsertComment(step);
    expect(calls).toEqual([listed, ["updateComment", { owner: "o", repo: "r", comment_id: 3, body: BODY }]]);
    expect(info).toEqual(["Updated comment u3"]);
  });

  it("does nothing outside a pull request, and says why", async () => {
    const { step, calls, info } = fakeGitHub([], null);
    await upsertComment(step);
    expect(calls).toEqual([]);
    expect(info).toEqual(["No pull request in this push event: no comment."]);
  });
});
