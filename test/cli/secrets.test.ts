/**
 * Secrets end to end: the program test/fixtures/programs/secret-location puts "eastus" in secret places (a plain
 * config value wrapped with pulumi.secret as a location, the same value inside a list and as a whole secret list,
 * and a `secure:` config value, which offline is a secret whose value is unknown). Every format of `data-boundary
 * check` reports each violation, and none of them contains the secret.
 */
import * as path from "path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../cli/main";
import { CheckReport } from "../../cli/report/model";

const PROGRAM = path.resolve(__dirname, "../fixtures/programs/secret-location");
const SECRET = /eastus/i;

describe("secret values never appear in reports", () => {
  it("reports every violation in json, text, markdown and sarif without the secret value", async () => {
    const formats = ["json", "text", "markdown", "sarif"] as const;
    const outcomes = await Promise.all(formats.map((format) => runCli(["check", PROGRAM, "--stack", "dev", "--format", format])));

    for (const [index, outcome] of outcomes.entries()) {
      expect(outcome.exitCode, formats[index]).toBe(1);
      expect(outcome.stderr, formats[index]).toBe("");
      expect(outcome.stdout, formats[index]).not.toMatch(SECRET);
    }

    const report = JSON.parse(outcomes[0].stdout) as CheckReport;
    // Sorted: registration order depends on when each resource's inputs resolve.
    expect(report.violations.map((v) => [v.name, v.policy, v.enforcementLevel, v.message]).sort()).toEqual([
      ["cosmos", "replication-in-boundary", "mandatory", "Cosmos DB account 'cosmos' replicates data to a secret location through locations[1].locationName [secret], outside the EU Data Boundary (EU + EFTA). Keep every entry of locations in a region inside the boundary, such as westeurope."],
      ["data", "location-in-boundary", "mandatory", "Storage account 'data' is located in a secret location through location [secret], outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
      ["data", "replication-in-boundary", "mandatory", "Storage account 'data' keeps a geo-redundant copy in the pair of a secret location through sku.name Standard_GRS, outside the EU Data Boundary (EU + EFTA). Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary."],
      ["mirror", "replication-in-boundary", "mandatory", "Cosmos DB account 'mirror' replicates data to a secret location through locations[1].locationName [secret], outside the EU Data Boundary (EU + EFTA). Keep every entry of locations in a region inside the boundary, such as westeurope."],
      ["vault", "location-in-boundary", "mandatory", "Storage account 'vault' is located in a place that cannot be proven at preview through location [secret], not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because its value is computed and only known after deployment."],
    ]);

    for (const [index, outcome] of outcomes.entries()) {
      for (const name of ["data", "vault", "cosmos", "mirror"]) expect(outcome.stdout, `${formats[index]} names ${name}`).toContain(`'${name}'`);
      expect(outcome.stdout, formats[index]).toContain("a secret location");
      expect(outcome.stdout, formats[index]).toMatch(/\\?\[secret\\?\]/); // Markdown escapes the brackets
    }
  });
});
