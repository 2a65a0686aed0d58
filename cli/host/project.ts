import * as fs from "node:fs";
import * as path from "node:path";
import { isMap, parseDocument, type Document, type Node } from "yaml";
import { HostError } from "./host-error";
import { buildProgramConfig } from "./program-config";
import type { ProgramConfig } from "./types";

/** What the host needs to know about a Pulumi project and one of its stacks to run the program. */
export interface ProjectSettings {
  /** Project name (`name` in `Pulumi.yaml`). */
  name: string;
  /** Absolute directory holding `Pulumi.yaml`. */
  projectDir: string;
  /** Absolute working directory of the program (the project directory, or the `main` folder). */
  programDir: string;
  /** Entry point handed to `cmd/run`: `.` (package.json `main` or `index`), or the `main` file. */
  entryPoint: string;
  /** Stack name. */
  stack: string;
  /** Absolute path of the stack's `Pulumi.<stack>.yaml`. */
  stackFile: string;
  /** True unless `runtime.options.typescript` is `false` (the language host's default is true). */
  typescript: boolean;
  /** `runtime.options.tsconfig`, handed to the program as `PULUMI_NODEJS_TSCONFIG_PATH`. */
  tsconfigPath?: string;
  /** `runtime.options.nodeargs`, split on whitespace. */
  nodeArgs: string[];
  /** The configuration the program will see. */
  config: ProgramConfig;
}

/**
 * Reads `Pulumi.yaml` in `projectDir` and `Pulumi.<stack>.yaml` from the stack config directory
 * (`stackConfigDir`, else the project directory), as `pulumi preview --stack <stack>` would.
 * @throws HostError when a file is missing or malformed, naming the file and what was expected.
 */
export function loadProject(projectDir: string, stack: string): ProjectSettings {
  const { absoluteDir, projectFile, project } = readProjectFile(projectDir);
  const name = requireString(project, "name", projectFile);
  const runtimeOptions = readRuntimeOptions(project, projectFile);
  const { programDir, entryPoint } = resolveMain(absoluteDir, optionalString(project, "main", projectFile));

  const stackName = stack.split("/").pop() ?? stack;
  const stackFile = path.join(stackDirOf(absoluteDir, project, projectFile), `Pulumi.${stackName}.yaml`);
  const stackDocument = readYamlFile(
    stackFile,
    `No configuration for stack '${stackName}': expected ${stackFile} (the stack's Pulumi.${stackName}.yaml).`,
  );

  return {
    name,
    projectDir: absoluteDir,
    programDir,
    entryPoint,
    stack: stackName,
    stackFile,
    typescript: runtimeOptions.typescript !== false,
    tsconfigPath: typeof runtimeOptions.tsconfig === "string" ? runtimeOptions.tsconfig : undefined,
    nodeArgs: typeof runtimeOptions.nodeargs === "string" ? runtimeOptions.nodeargs.split(/\s+/).filter(Boolean) : [],
    config: buildProgramConfig(
      name,
      project.get("config", true) as Node | undefined,
      stackDocument.get("config", true) as Node | undefined,
      stackFile,
    ),
  };
}

/**
 * The folder of the project's `Pulumi.<stack>.yaml` files: `stackConfigDir` of `Pulumi.yaml` in `projectDir`, else
 * the project folder, whether or not a stack file exists there yet.
 * @throws HostError when `Pulumi.yaml` is missing or malformed.
 */
export function stackConfigDir(projectDir: string): string {
  const { absoluteDir, projectFile, project } = readProjectFile(projectDir);
  return stackDirOf(absoluteDir, project, projectFile);
}

function readProjectFile(projectDir: string): { absoluteDir: string; projectFile: string; project: Document } {
  const absoluteDir = path.resolve(projectDir);
  const projectFile = path.join(absoluteDir, "Pulumi.yaml");
  const project = readYamlFile(
    projectFile,
    `No Pulumi project found: expected ${projectFile} (a Pulumi.yaml with 'name' and 'runtime').`,
  );
  return { absoluteDir, projectFile, project };
}

function stackDirOf(absoluteDir: string, project: Document, projectFile: string): string {
  return path.resolve(absoluteDir, optionalString(project, "stackConfigDir", projectFile) ?? ".");
}

function readYamlFile(file: string, missingMessage: string): Document {
  if (!fs.existsSync(file)) {
    throw new HostError(missingMessage);
  }
  const document = parseDocument(fs.readFileSync(file, "utf8"));
  if (document.errors.length > 0) {
    throw new HostError(`${file} is not valid YAML: ${document.errors[0].message}`);
  }
  if (document.contents !== null && !isMap(document.contents)) {
    throw new HostError(`${file} must contain a YAML map.`);
  }
  return document;
}

/** Checks that the runtime is `nodejs` (`runtime: nodejs` or `runtime: { name: nodejs, options }`) and returns its options. */
function readRuntimeOptions(project: Document, file: string): Record<string, unknown> {
  const runtime: unknown = project.toJSON()?.runtime;
  const runtimeName = typeof runtime === "string" ? runtime : (runtime as { name?: unknown } | undefined)?.name;
  if (runtimeName !== "nodejs") {
    throw new HostError(
      `${file}: runtime must be 'nodejs' (a TypeScript or JavaScript program); found '${String(runtimeName)}'.`,
    );
  }
  const options = typeof runtime === "object" && runtime !== null ? (runtime as { options?: unknown }).options : {};
  return typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {};
}

/** Mirrors the CLI's `getPwdMain`: a `main` folder becomes the working directory, a `main` file the entry point. */
function resolveMain(projectDir: string, main: string | undefined): { programDir: string; entryPoint: string } {
  if (main === undefined) {
    return { programDir: projectDir, entryPoint: "." };
  }
  const target = path.resolve(projectDir, main);
  const relative = path.relative(projectDir, target);
  if (path.isAbsolute(main) || relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new HostError(`Pulumi.yaml: 'main' must be a relative path inside ${projectDir}; found '${main}'.`);
  }
  if (!fs.existsSync(target)) {
    throw new HostError(`Pulumi.yaml: 'main' points to ${target}, which does not exist.`);
  }
  return fs.statSync(target).isDirectory()
    ? { programDir: target, entryPoint: "." }
    : { programDir: path.dirname(target), entryPoint: target };
}

function requireString(document: Document, key: string, file: string): string {
  const value = optionalString(document, key, file);
  if (value === undefined || value === "") {
    throw new HostError(`${file}: '${key}' is required.`);
  }
  return value;
}

function optionalString(document: Document, key: string, file: string): string | undefined {
  const value: unknown = document.get(key);
  if (value !== undefined && typeof value !== "string") {
    throw new HostError(`${file}: '${key}' must be a string.`);
  }
  return value;
}
