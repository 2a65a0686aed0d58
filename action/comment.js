/**
 * The comment step of the data-boundary composite action (action.yml), run by actions/github-script with its
 * `github`, `context` and `core`. It keeps one comment per program folder and stack on the pull request: the comment
 * starts with a hidden key line naming both, the first run creates it, and every later run updates it, so the pull
 * request always shows the current verdict of each stack of a matrix.
 */
const fs = require("fs");

/** The hidden first line that tells this program's and stack's comment apart. @param {string} programDir @param {string} stack */
function commentKey(programDir, stack) {
  return `<!-- data-boundary: program-dir=${JSON.stringify(programDir)} stack=${JSON.stringify(stack)} -->`;
}

/**
 * Creates or updates the comment with the Markdown in `file`; outside a pull request it only says why it does nothing.
 * @param {{ github: any, context: any, core: any, file: string, programDir: string, stack: string }} step
 */
async function upsertComment({ github, context, core, file, programDir, stack }) {
  const pullRequest = context.payload.pull_request;
  if (!pullRequest) {
    core.info(`No pull request in this ${context.eventName} event: no comment.`);
    return;
  }
  const key = commentKey(programDir, stack);
  const body = `${key}\n${fs.readFileSync(file, "utf8")}`;
  const { owner, repo } = context.repo;
  const issue_number = pullRequest.number;
  const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
  const mine = comments.find((/** @type {any} */ c) => c.user?.type === "Bot" && c.body?.startsWith(key));
  if (mine) {
    await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    core.info(`Updated comment ${mine.html_url}`);
  } else {
    const created = await github.rest.issues.createComment({ owner, repo, issue_number, body });
    core.info(`Created comment ${created.data.html_url}`);
  }
}

module.exports = upsertComment;
