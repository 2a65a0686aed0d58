/** The program host: runs a Pulumi program offline and returns what a first preview would register. */
export { HostError } from "./host-error";
export { DEFAULT_TIMEOUT_MS, runProgram, type RunProgramOptions } from "./run-program";
export type {
  HostLogEntry,
  HostResult,
  LocationDefault,
  LogSeverity,
  ProgramConfig,
  ProviderReference,
  RegisteredResource,
  SourcePosition,
  WireProperties,
  WireValue,
} from "./types";
export { UNKNOWN } from "./wire-values";
