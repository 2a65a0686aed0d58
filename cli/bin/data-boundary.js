#!/usr/bin/env node
// Entry point of `npx data-boundary`: loads the TypeScript CLI through tsx and exits with its code.
require("tsx/cjs");
require("../main.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    process.stderr.write(`data-boundary: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  });
