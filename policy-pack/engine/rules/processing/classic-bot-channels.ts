import { RegionField } from "../region-fields";

/**
 * The classic `@pulumi/azure` counterpart of the azure-native Direct Line Speech row (vectors.md V25), the same in
 * 5.x and 6.x. A classic channel's own `location` is its primary location (location family, `global` outside);
 * 6.x's `cognitiveAccountId` alternative names the Speech account instead and has no azure-native row either.
 */
export const CLASSIC_BOT_CHANNEL_REGION_FIELDS: readonly RegionField[] = [
  {
    type: "azure:bot:ChannelDirectLineSpeech",
    path: "cognitiveServiceLocation",
    what: "sends speech to the Speech service in",
    fix: "Use a Speech resource in a region inside the boundary, such as {example}.",
  },
];
