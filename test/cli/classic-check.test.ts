/**
 * `data-boundary check` on a program written for the classic `@pulumi/azure` provider, run with that SDK (5.89.2, the
 * repository's `pulumi-azure-classic` alias linked in as `@pulumi/azure`): the ways data leaves the boundary that the
 * README names are blocked on classic resources too, each at the line that declares it.
 */
import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../cli/main";
import type { CheckReport } from "../../cli/report/model";
import { linkInstalledSdk } from "../corpus/stage";
import { scratchDir } from "../helpers/scratch";

const FIXTURE = path.resolve(__dirname, "../fixtures/programs/classic-outside");
const SOURCE = fs.readFileSync(path.join(FIXTURE, "index.ts"), "utf8").split("\n");

/** The line of index.ts that declares the resource of that Pulumi name. */
const lineOf = (name: string) => SOURCE.findIndex((line) => line.includes(`("${name}"`)) + 1;

/** The fixture copied into a scratch folder with the classic SDK and the repository's @pulumi/pulumi linked in. */
function stagedProgram(): string {
  const dir = path.join(scratchDir("classic-check"), "program");
  fs.cpSync(FIXTURE, dir, { recursive: true });
  linkInstalledSdk(dir, "@pulumi/azure", 5);
  linkInstalledSdk(dir, "@pulumi/pulumi", 3);
  return dir;
}

const program = stagedProgram();

describe("data-boundary check on a classic @pulumi/azure program", () => {
  it("blocks the US failover region, the GlobalStandard deployment, the US data location and the US log workspace, each at its line", async () => {
    const outcome = await runCli(["check", program, "--stack", "dev", "--format", "json"]);
    expect(outcome.stderr).toBe("");
    const report = JSON.parse(outcome.stdout) as CheckReport;
    const blocked = report.violations
      .filter((violation) => violation.enforcementLevel === "mandatory")
      .map((violation) => [violation.name, violation.policy, violation.source?.file, violation.source?.line])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
    expect(blocked).toEqual([
      ["gpt", "processing-in-boundary", "index.ts", lineOf("gpt")],
      ["mail", "data-location-in-boundary", "index.ts", lineOf("mail")],
      ["orders", "replication-in-boundary", "index.ts", lineOf("orders")],
      ["orders-diag", "telemetry-in-boundary", "index.ts", lineOf("orders-diag")],
      ["us-logs", "location-in-boundary", "index.ts", lineOf("us-logs")],
    ]);
    expect(outcome.exitCode).toBe(1);
    const messages = report.violations.map((violation) => violation.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "Cosmos DB account 'orders' replicates data to eastus (United States) through geoLocations[1].location eastus, outside the EU Data Boundary (EU + EFTA). Keep every entry of geoLocations in a region inside the boundary, such as westeurope.",
      ]),
    );
  }, 300_000);
});
