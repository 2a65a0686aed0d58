// Preloaded with `NODE_OPTIONS=--require <this file>` into a pack (Node 20 refuses `--cpu-prof` in NODE_OPTIONS, and a
// pack is spawned by its runner). With BENCH_CPU_PROF_DIR set, SIGUSR2 starts the inspector's CPU profiler, so that
// only the phase under study is sampled; SIGTERM (RunningPack.stop()) writes `pack-<pid>.cpuprofile` into that
// directory and exits normally.
const fs = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector");

const dir = process.env.BENCH_CPU_PROF_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  let started = false;
  process.on("SIGUSR2", () => {
    if (started) return;
    started = true;
    session.post("Profiler.enable", () => session.post("Profiler.start"));
  });
  process.once("SIGTERM", () => {
    if (!started) process.exit(0);
    session.post("Profiler.stop", (error, result) => {
      if (!error) fs.writeFileSync(path.join(dir, `pack-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
      process.exit(0);
    });
  });
}
