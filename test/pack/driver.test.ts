import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import {
  AnalyzerCallError,
  SECRET_SIGNATURE,
  SECRET_SIGNATURE_KEY,
  UNKNOWN,
  type AnalyzedStackResource,
} from "../../cli/pack/analyzer-client";
import { startPolicyPack, type RunningPack } from "../../cli/pack/start-pack";

const MINIMAL_PACK = path.resolve(__dirname, "../fixtures/minimal-pack");
const MISBEHAVING_PACK = path.resolve(__dirname, "../fixtures/misbehaving-pack");

const STACK = "urn:pulumi:dev::demo";
const PROVIDER = {
  urn: `${STACK}::pulumi:providers:azure-native::default`,
  type: "pulumi:providers:azure-native",
  name: "default",
  properties: { location: "westeurope" },
};
const resourceGroup = (location: unknown): AnalyzedStackResource => ({
  urn: `${STACK}::azure-native:resources:ResourceGroup::rg`,
  type: "azure-native:resources:ResourceGroup",
  name: "rg",
  properties: { location } as AnalyzedStackResource["properties"],
  provider: PROVIDER,
});
const storageAccountIn = (rg: AnalyzedStackResource): AnalyzedStackResource => ({
  urn: `${STACK}::azure-native:resources:ResourceGroup$azure-native:storage:StorageAccount::sa`,
  type: "azure-native:storage:StorageAccount",
  name: "sa",
  properties: { location: "westeurope", resourceGroupName: "rg" },
  provider: PROVIDER,
  options: { parent: rg.urn },
  parent: rg.urn,
  dependencies: [rg.urn],
  propertyDependencies: { resourceGroupName: [rg.urn], location: [] },
});

const EASTUS_VIOLATION = {
  policyName: "no-eastus",
  policyPackName: "minimal",
  policyPackVersion: "0.0.1",
  description: "Resources must not be placed in eastus.",
  message: "Resources must not be placed in eastus.\nrg is in eastus.",
  enforcementLevel: "mandatory",
  urn: "",
};

describe("the minimal pack, started like pulumi preview does", () => {
  let pack: RunningPack;

  beforeAll(async () => {
    pack = await startPolicyPack(MINIMAL_PACK);
  });

  afterAll(async () => {
    await pack?.stop();
  });

  it("reports its port and how long it took to start", () => {
    expect(pack.port).toBeGreaterThan(0);
    expect(pack.startupMs).toBeGreaterThan(0);
    expect(pack.packDir).toBe(MINIMAL_PACK);
  });

  it("describes its policies in GetAnalyzerInfo", async () => {
    const info = await pack.client.getAnalyzerInfo();
    expect(info).toMatchObject({ name: "minimal", version: "0.0.1", supportsConfig: true });
    expect(info.policies).toEqual([
      {
        name: "no-eastus",
        displayName: "",
        description: "Resources must not be placed in eastus.",
        enforcementLevel: "mandatory",
        type: "resource",
      },
      expect.objectContaining({ name: "echo-stack-graph", enforcementLevel: "advisory", type: "stack" }),
    ]);
  });

  it("gives one mandatory diagnostic for an eastus resource", async () => {
    const result = await pack.client.analyze(resourceGroup("eastus"));
    expect(result.diagnostics).toEqual([EASTUS_VIOLATION]);
  });

  it("gives no diagnostic for a westeurope resource", async () => {
    const result = await pack.client.analyze(resourceGroup("westeurope"));
    expect(result).toEqual({ diagnostics: [], notApplicable: [] });
  });

  it("delivers the unknown sentinel as unknown, which a naive policy turns into a mere advisory", async () => {
    const result = await pack.client.analyze(resourceGroup(UNKNOWN));
    expect(result.diagnostics).toEqual([
      {
        ...EASTUS_VIOLATION,
        enforcementLevel: "advisory",
        message:
          "can't run policy 'no-eastus' from policy pack 'minimal@v0.0.1' during preview: " +
          "string value at .location can't be known during preview",
      },
    ]);
  });

  it("delivers a secret as its plain value", async () => {
    const secret = { [SECRET_SIGNATURE_KEY]: SECRET_SIGNATURE, value: "eastus" };
    const result = await pack.client.analyze(resourceGroup(secret));
    expect(result.diagnostics).toEqual([EASTUS_VIOLATION]);
  });

  it("applies Configure, and a config without a level restores the policy's default level", async () => {
    await pack.client.configure({ "no-eastus": { enforcementLevel: "disabled", properties: {} } });
    expect((await pack.client.analyze(resourceGroup("eastus"))).diagnostics).toEqual([]);

    await pack.client.configure({ "no-eastus": {} });
    expect((await pack.client.analyze(resourceGroup("eastus"))).diagnostics).toEqual([EASTUS_VIOLATION]);
  });

  it("refuses to configure a policy the pack does not have", async () => {
    await expect(pack.client.configure({ "no-such-policy": {} })).rejects.toThrow(
      'Cannot configure policy "no-such-policy": the pack has no policy of that name.',
    );
  });

  it("accepts ConfigureStack", async () => {
    await expect(
      pack.client.configureStack({ stack: "dev", project: "demo", dryRun: true, tags: { owner: "platform" } }),
    ).resolves.toBeUndefined();
  });

  it("delivers parent, provider and property dependencies in AnalyzeStack", async () => {
    const rg = resourceGroup("westeurope");
    const sa = storageAccountIn(rg);
    const result = await pack.client.analyzeStack([rg, sa]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        policyName: "echo-stack-graph",
        enforcementLevel: "advisory",
        message:
          "Reports the parent, provider and property dependencies each stack resource arrived with.\n" +
          "sa parent=rg provider=default deps=resourceGroupName<-rg",
        urn: sa.urn,
      }),
    ]);
  });

  it("passes on the not-applicable list", async () => {
    const result = await pack.client.analyzeStack([resourceGroup("westeurope")]);
    expect(result).toEqual({
      diagnostics: [],
      notApplicable: [{ policyName: "echo-stack-graph", reason: "no resource has a parent or property dependencies" }],
    });
  });

  it("replays a preview: Analyze per resource in order, then AnalyzeStack", async () => {
    const rg = resourceGroup("eastus");
    const diagnostics = await analyzeStackLikePreview(pack.client, [rg, storageAccountIn(rg)]);
    expect(diagnostics.map((d) => [d.call, d.policyName])).toEqual([
      ["analyze", "no-eastus"],
      ["analyzeStack", "echo-stack-graph"],
    ]);
    expect(diagnostics[0]).toMatchObject({ analyzedUrn: rg.urn });
  });

  it("turns a gRPC error into an Error carrying the pack's message", async () => {
    const bogus = { [SECRET_SIGNATURE_KEY]: "not-a-known-signature" };
    const failure = pack.client.analyze(resourceGroup(bogus));
    await expect(failure).rejects.toBeInstanceOf(AnalyzerCallError);
    await expect(failure).rejects.toThrow(
      /^Analyze failed \(UNKNOWN\): Error validating resource with policy 'no-eastus'/,
    );
    await expect(failure).rejects.toThrow("Unrecognized signature 'not-a-known-signature'");
  });

  it("names the resource whose properties are not JSON", async () => {
    const notJson = resourceGroup(undefined);
    await expect(pack.client.analyze(notJson)).rejects.toThrow(
      `Cannot encode the properties of ${notJson.urn} as JSON: Unexpected struct type.`,
    );
  });
});

describe("packs that do not start", () => {
  const startMisbehaving = (misbehaviour: string, startupTimeoutMs = 15_000) =>
    startPolicyPack(MISBEHAVING_PACK, { env: { MISBEHAVIOUR: misbehaviour }, startupTimeoutMs });

  it("rejects at once for a directory that does not exist", async () => {
    await expect(startPolicyPack(path.join(MINIMAL_PACK, "missing"))).rejects.toThrow(
      `Policy pack ${path.join(MINIMAL_PACK, "missing")} failed to start: the directory does not exist.`,
    );
  });

  it("rejects with the pack's error when index.js throws at load", async () => {
    const failure = startMisbehaving("throw");
    await expect(failure).rejects.toThrow(`Policy pack ${MISBEHAVING_PACK} failed to start: it exited (code 32)`);
    await expect(failure).rejects.toThrow("Error: policy pack exploded while loading");
    await expect(failure).rejects.not.toThrow(/^\s+at /m);
  });

  it("rejects when the pack prints something that is not a port", async () => {
    await expect(startMisbehaving("chatter")).rejects.toThrow(
      'it printed "hello from a pack that never serves" on stdout where its port was expected.',
    );
  });

  it("rejects when the pack does not print its port in time", async () => {
    await expect(startMisbehaving("hang", 1_500)).rejects.toThrow("it did not print its port within 1500 ms.");
  });
});
