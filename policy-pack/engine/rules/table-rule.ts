import { Finding, PolicyFamily, Rule, RuleContext } from "../types";

/** A table row that applies to resources of one type. */
export interface TypedRow {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
}

/**
 * A rule over a data table: the rows are grouped by type once, so a resource costs one map look-up, and
 * `findingsForRows` judges the rows of the resource's type.
 */
export function tableRule<Row extends TypedRow>(
  id: string,
  family: PolicyFamily,
  table: readonly Row[],
  findingsForRows: (context: RuleContext, rows: readonly Row[]) => readonly Finding[],
): Rule {
  const byType = new Map<string, Row[]>();
  for (const row of table) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  return {
    id,
    family,
    appliesTo: (token) => byType.has(token.key),
    findings: (context) => findingsForRows(context, byType.get(context.token.key) ?? []),
  };
}
