/**
 * Which 3.x types get their top-level inputs recorded in the type table: the types that type-specific rules of the
 * engine read. A resource of such a type written in an older API shape (a versioned module, a parameterized package,
 * a token of azure-native 1.x or 2.x) may hold a setting under an input the 3.x shape does not have, where the
 * rules' 3.x paths cannot see it; the `older-api-shape` rule fails closed on such an input. Recording the inputs of
 * these types only keeps the table small.
 */
import { RULES } from "../policy-pack/engine/rules";
import { TypeToken } from "../policy-pack/engine/tokens";

/** A 3.x token of the SDK's default shape. */
function currentToken(key: string): TypeToken {
  const colon = key.indexOf(":");
  return { provider: "azure-native", module: key.slice(0, colon), type: key.slice(colon + 1), key, written: key };
}

/** A key no rule table names: a rule that applies to it applies to every type, reading no type-specific path. */
const PROBE = currentToken("inputs-probe:NoSuchType");

/** The keys, among `keys`, that at least one type-specific rule of the engine applies to. */
export function ruleTypeKeys(keys: Iterable<string>): Set<string> {
  const specific = RULES.filter((rule) => !rule.appliesTo(PROBE));
  return new Set([...keys].filter((key) => specific.some((rule) => rule.appliesTo(currentToken(key)))));
}
