/**
 * `google.protobuf.Struct` written straight from a JSON value into protobuf bytes, the same bytes
 * `Struct.fromJavaScript(value).serializeBinary()` gives (fields in the same order, the same values), without
 * building a message object per value first: for a large `AnalyzeStack` those objects take about twenty times the
 * memory of the JSON they hold. Field numbers are those of `google/protobuf/struct.proto`.
 */
import { BinaryWriter } from "google-protobuf";

const STRUCT_FIELDS = 1;
const ENTRY_KEY = 1;
const ENTRY_VALUE = 2;
const VALUE_NULL = 1;
const VALUE_NUMBER = 2;
const VALUE_STRING = 3;
const VALUE_BOOL = 4;
const VALUE_STRUCT = 5;
const VALUE_LIST = 6;
const LIST_VALUES = 1;

/** `Value { null_value: NULL_VALUE }` at a field (below 16): written as bytes, since the writer skips a null message. */
function writeNull(field: number, writer: BinaryWriter): void {
  const bytes = Uint8Array.of((field << 3) | 2, 2, VALUE_NULL << 3, 0);
  writer.writeSerializedMessage(bytes, 0, bytes.length);
}

/** Writes a `Value` message (or a null one) at a field. */
function writeValueAt(field: number, value: unknown, writer: BinaryWriter): void {
  if (value === undefined) throw new Error("Unexpected struct type.");
  if (value === null) writeNull(field, writer);
  else writer.writeMessage(field, value, writeValue);
}

function writeValue(value: unknown, writer: BinaryWriter): void {
  if (typeof value === "number") writer.writeDouble(VALUE_NUMBER, value);
  else if (typeof value === "string") writer.writeString(VALUE_STRING, value);
  else if (typeof value === "boolean") writer.writeBool(VALUE_BOOL, value);
  else if (Array.isArray(value)) writer.writeMessage(VALUE_LIST, value, writeList);
  else if (typeof value === "object") writer.writeMessage(VALUE_STRUCT, value, writeStruct);
  else throw new Error("Unexpected struct type.");
}

function writeList(values: readonly unknown[], writer: BinaryWriter): void {
  for (const value of values) writeValueAt(LIST_VALUES, value, writer);
}

function writeEntry(entry: [string, unknown], writer: BinaryWriter): void {
  writer.writeString(ENTRY_KEY, entry[0]);
  writeValueAt(ENTRY_VALUE, entry[1], writer);
}

/** Writes the fields of a `Struct` holding `object`; throws "Unexpected struct type." on a value JSON cannot hold. */
export function writeStruct(object: object, writer: BinaryWriter): void {
  for (const entry of Object.entries(object)) writer.writeMessage(STRUCT_FIELDS, entry, writeEntry);
}
