import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HostError, UNKNOWN } from "../../cli/host";
import { toPulumiConfigEnv } from "../../cli/host/program-config";
import { loadProject } from "../../cli/host/project";

describe("loadProject", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "host-project-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }

  it("fails with the expected path when Pulumi.yaml is missing", () => {
    expect(() => loadProject(dir, "dev")).toThrow(
      new HostError(
        `No Pulumi project found: expected ${path.join(dir, "Pulumi.yaml")} (a Pulumi.yaml with 'name' and 'runtime').`,
      ),
    );
  });

  it("fails with the expected path when the stack file is missing", () => {
    write("Pulumi.yaml", "name: demo\nruntime: nodejs\n");
    const error = (() => {
      try {
        loadProject(dir, "prod");
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe(
      `No configuration for stack 'prod': expected ${path.join(dir, "Pulumi.prod.yaml")} ` +
        "(the stack's Pulumi.prod.yaml).",
    );
    expect((error as HostError).stack).toBe(`HostError: ${(error as HostError).message}`);
  });

  it("refuses runtimes other than nodejs", () => {
    write("Pulumi.yaml", "name: demo\nruntime: python\n");
    expect(() => loadProject(dir, "dev")).toThrow(/runtime must be 'nodejs'.*found 'python'/);
  });

  it("reads the stack file from stackConfigDir and the runtime options", () => {
    write(
      "Pulumi.yaml",
      "name: demo\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n    nodeargs: --max-old-space-size=4096 --trace-warnings\n" +
        "stackConfigDir: stacks\n",
    );
    write("stacks/Pulumi.dev.yaml", "config:\n  region: westeurope\n");
    const settings = loadProject(dir, "dev");
    expect(settings).toMatchObject({
      name: "demo",
      projectDir: dir,
      programDir: dir,
      entryPoint: ".",
      stack: "dev",
      stackFile: path.join(dir, "stacks", "Pulumi.dev.yaml"),
      typescript: false,
      nodeArgs: ["--max-old-space-size=4096", "--trace-warnings"],
      config: { values: { "demo:region": "westeurope" }, secretKeys: [] },
    });
  });

  it("resolves main as the CLI does: a folder becomes the working directory, a file the entry point", () => {
    write("Pulumi.dev.yaml", "config: {}\n");
    write("src/index.ts", "");
    write("Pulumi.yaml", "name: demo\nruntime: nodejs\nmain: src\n");
    expect(loadProject(dir, "dev")).toMatchObject({ programDir: path.join(dir, "src"), entryPoint: "." });
    write("Pulumi.yaml", "name: demo\nruntime: nodejs\nmain: src/index.ts\n");
    expect(loadProject(dir, "dev")).toMatchObject({
      programDir: path.join(dir, "src"),
      entryPoint: path.join(dir, "src", "index.ts"),
    });
  });

  it("encodes config as the CLI does, with project defaults, secure values and structured values", () => {
    write(
      "Pulumi.yaml",
      "name: demo\nruntime: nodejs\nconfig:\n  tier: { default: standard }\n  azure-native:location: northeurope\n",
    );
    write(
      "Pulumi.dev.yaml",
      "config:\n  azure-native:location: westeurope\n  demo:version: 3.10\n  demo:enabled: true\n" +
        "  demo:creds:\n    user: admin\n    password:\n      secure: AAABAQ==\n  aws:config:region: eu-west-1\n",
    );
    const config = loadProject(dir, "dev").config;
    expect(config).toEqual({
      values: {
        "demo:tier": "standard",
        "azure-native:location": "westeurope",
        "demo:version": "3.10",
        "demo:enabled": "true",
        "demo:creds": `{"password":"${UNKNOWN}","user":"admin"}`,
        "aws:region": "eu-west-1",
      },
      secretKeys: ["demo:creds"],
    });
    expect(toPulumiConfigEnv(config)).toMatchObject({
      "azure-native:config:location": "westeurope",
      "demo:config:tier": "standard",
      "aws:config:region": "eu-west-1",
    });
  });

  it("rejects malformed config keys", () => {
    write("Pulumi.yaml", "name: demo\nruntime: nodejs\n");
    write("Pulumi.dev.yaml", "config:\n  a:b:c: x\n");
    expect(() => loadProject(dir, "dev")).toThrow(/config key 'a:b:c' should be of the form/);
  });
});
