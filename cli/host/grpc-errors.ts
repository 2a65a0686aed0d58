import * as grpc from "@grpc/grpc-js";

/** A gRPC error as a unary handler passes it to its callback. */
export type HandlerError = grpc.ServerErrorResponse;

/** A failed call with the given status; `details` is what the SDK shows the program. */
function grpcError(code: grpc.status, details: string): HandlerError {
  return Object.assign(new Error(details), { code, details });
}

/** The call is not served by the offline engine. */
export function unimplemented(details: string): HandlerError {
  return grpcError(grpc.status.UNIMPLEMENTED, details);
}

/** Wraps whatever a handler threw as an `UNKNOWN` gRPC error carrying its message. */
export function toHandlerError(error: unknown): HandlerError {
  return grpcError(grpc.status.UNKNOWN, error instanceof Error ? error.message : String(error));
}
