import { lookupAzureNativeType, SDK_VERSION } from "../../../catalog/azure-native-types";
import { memoizeByString } from "../../memo";
import { keysOf, TypeToken } from "../../tokens";
import { Finding, Rule } from "../../types";
import { read, showValue } from "../../values";

const RULE = "older-api-shape";

/** True for a token written in another shape than 3.x's default: a versioned module or package, or an alias. */
const isOlderShape = (token: TypeToken) => token.provider === "azure-native" && (token.apiVersion !== undefined || token.written !== token.key);

/** The 3.x inputs of the types of a `|`-joined list of keys, for the types whose inputs the table records. */
const inputsOfKeys = memoizeByString((keys: string): ReadonlySet<string> | undefined => {
  const recorded = keys.split("|").flatMap((key) => {
    const inputs = lookupAzureNativeType(key)?.inputs;
    return inputs ? [...inputs] : [];
  });
  return recorded.length > 0 ? new Set(recorded) : undefined;
});

/** The 3.x inputs of every type the token may be, for the types whose inputs the table records. */
const knownInputs = (token: TypeToken) => inputsOfKeys(keysOf(token).join("|"));

/**
 * Older API shapes (vectors.md P4): the rules read 3.x property paths. A resource written with a versioned module
 * (`storage/v20150615`), a parameterized package or a token of azure-native 1.x or 2.x may carry a setting under an
 * input the 3.x shape of its type does not have (`accountType` instead of `sku.name`), where no rule sees it. For
 * the types that type-specific rules read, every such input is not proven inside: the rule fails closed rather
 * than let a hidden value pass.
 */
export const olderApiShapeRule: Rule = {
  id: RULE,
  family: "opaque",
  appliesTo: (token) => isOlderShape(token) && knownInputs(token) !== undefined,
  findings(context) {
    const inputs = knownInputs(context.token)!;
    const props = context.resource.props as Record<string, unknown>;
    const current = keysOf(context.token).join(" or ");
    return Object.keys(props)
      .filter((input) => !inputs.has(input))
      .sort()
      .map((input): Finding => ({
        rule: RULE,
        what: "may hold, in an input the rules cannot read, a setting that puts its data in",
        path: input,
        seen: showValue(read(props, input)),
        via: `because ${context.token.written} is an older API shape and azure-native ${SDK_VERSION}'s ${current}, whose paths the rules read, has no input ${input}`,
        verdict: "unproven",
        fix: `Use the azure-native 3.x resource ${current} (its current API shape), or add a reviewed exemption.`,
        viaStack: false,
      }));
  },
};
