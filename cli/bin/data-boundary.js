#!/usr/bin/env node
// Entry point of `npx data-boundary`, run without a build step in both places the CLI lives:
// - in a checkout of the repository, the TypeScript sources sit beside this folder: they run through tsx (a
//   devDependency), so a check never judges with an older build than the sources being edited;
// - in the installed package, which ships no sources, the JavaScript compiled into dist/ by `npm run build` runs.
const fs = require("fs");
const path = require("path");

const SOURCES = path.join(__dirname, "..", "main.ts");
const COMPILED = path.join(__dirname, "..", "..", "dist", "cli", "main.js");

function loadCli() {
  if (!fs.existsSync(SOURCES)) {
    if (!fs.existsSync(COMPILED)) {
      throw new Error(`${COMPILED} is missing: this copy of data-boundary was never built; run 'npm run build' in it.`);
    }
    return require(COMPILED);
  }
  let tsx;
  try {
    tsx = require.resolve("tsx/cjs");
  } catch {
    throw new Error(`running from the sources in ${path.dirname(SOURCES)} needs tsx (a devDependency); run 'npm ci' there.`);
  }
  require(tsx);
  return require(SOURCES);
}

Promise.resolve()
  .then(() => loadCli().main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    process.stderr.write(`data-boundary: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  });
