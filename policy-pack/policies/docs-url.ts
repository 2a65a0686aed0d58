/** Where each policy's page lives; `url` of every policy and the SARIF help links point here. */
export const POLICY_DOCS_BASE = "https://github.com/data-boundary/data-boundary/blob/main/policy-pack/docs/policies";

/** The doc page of one policy. */
export function policyDocUrl(policyName: string): string {
  return `${POLICY_DOCS_BASE}/${policyName}.md`;
}
