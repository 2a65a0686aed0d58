/**
 * Summaries of V8 CPU profiles (`node --cpu-prof`): self time by module and the top functions, to show where a
 * process spends its time (the Pulumi SDK, ts-node, the pack, garbage collection).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { table } from "./report";
import { REPO_ROOT } from "./workspace";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time of one module or function, in ms and as a share of the profile. */
export interface SelfTime {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

/** A profile reduced to what the report shows. */
export interface ProfileSummary {
  readonly totalMs: number;
  /** Self time in this repository's code and the generated program, the rest being SDK, Node and GC. */
  readonly ownMs: number;
  readonly modules: readonly SelfTime[];
  readonly functions: readonly SelfTime[];
}

/**
 * The module a script URL belongs to: the package under the last `node_modules` (Pulumi's vendored ts-node and
 * TypeScript named as such), this repository's folders, Node's internals, or V8's pseudo-frames.
 */
export function moduleOf(url: string, functionName: string): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  if (!url.startsWith("file:") && !url.startsWith("/")) return `${url.split(":")[0]}: scripts`;
  const file = url.startsWith("file://") ? decodeURIComponent(url.slice("file://".length)) : url;
  const vendored = /@pulumi\/pulumi\/vendor\/([^/]+)/.exec(file);
  if (vendored) return `@pulumi/pulumi (vendored ${vendored[1]})`;
  const nm = file.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = file.slice(nm + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const relative = path.relative(REPO_ROOT, file);
  if (relative.startsWith("bench/.tmp")) return "generated program";
  return relative.startsWith("..") ? file : `${relative.split(path.sep)[0]}/ (this repository)`;
}

/** True for modules that are this repository's code or a generated program (not the SDK, Node or GC). */
function isOwn(module: string): boolean {
  return module === "generated program" || (module.endsWith("(this repository)") && !module.startsWith("bench/"));
}

function top(map: Map<string, number>, total: number, count: number): SelfTime[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 }));
}

/** Reads a `.cpuprofile` and adds up self time by module and by function. */
export function summarizeProfile(file: string, count = 10): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") return;
    total += delta;
    const module = moduleOf(frame.url, frame.functionName);
    modules.set(module, (modules.get(module) ?? 0) + delta);
    const fn = `${frame.functionName || "(anonymous)"} (${module}${frame.url ? `:${frame.lineNumber + 1}` : ""})`;
    functions.set(fn, (functions.get(fn) ?? 0) + delta);
  });
  const own = [...modules.entries()].filter(([name]) => isOwn(name)).reduce((sum, [, us]) => sum + us, 0);
  return { totalMs: total / 1000, ownMs: own / 1000, modules: top(modules, total, count), functions: top(functions, total, count) };
}

/** The newest `.cpuprofile` in a directory (the one `--cpu-prof-dir` wrote), or undefined. */
export function newestProfile(dir: string): string | undefined {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")) : [];
  return files
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

/** Markdown for a profile summary: self time by module, then the top functions. */
export function profileLines(title: string, summary: ProfileSummary): string[] {
  const row = (t: SelfTime) => [t.name.replace(/\|/g, "\\|"), `${t.ms.toFixed(0)} ms`, `${(t.share * 100).toFixed(1)} %`];
  return [
    `**${title}** (${(summary.totalMs / 1000).toFixed(1)} s of samples, idle excluded): this repository's code and the`,
    `generated program ${(summary.totalMs > 0 ? (100 * summary.ownMs) / summary.totalMs : 0).toFixed(1)} %, the rest the Pulumi SDK and its dependencies, Node and the garbage collector.`,
    "",
    ...table(["module", "self time", "share"], summary.modules.map(row)),
    ...table(["function", "self time", "share"], summary.functions.map(row)),
  ];
}
