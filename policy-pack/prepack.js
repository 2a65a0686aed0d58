// Runs before `npm pack`, and so before `pulumi policy publish`, which packs this folder with npm.
// - In the repository, where the TypeScript sources and tsconfig.json sit here, it builds bin/ (`npm run build`).
// - In the copy installed with the data-boundary package, which ships only the compiled bin/, there is nothing to
//   build: it checks that the pack's main is there, so that a publish never uploads a pack that cannot start.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

function prepack() {
  if (fs.existsSync(path.join(__dirname, "tsconfig.json"))) {
    if (!process.env.npm_execpath) {
      process.stderr.write("prepack.js builds the pack through npm; run it as 'npm pack' or run 'npm run build'.\n");
      return 1;
    }
    const build = spawnSync(process.execPath, [process.env.npm_execpath, "run", "build"], { cwd: __dirname, stdio: "inherit" });
    return build.status ?? 1;
  }
  const main = path.join(__dirname, require("./package.json").main);
  if (!fs.existsSync(main)) {
    process.stderr.write(`The policy pack in ${__dirname} has no sources to build and its main ${main} is missing; reinstall data-boundary.\n`);
    return 1;
  }
  return 0;
}

process.exitCode = prepack();
