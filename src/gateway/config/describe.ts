import { z } from "zod";
import { formatPath, type JsonPath } from "./json-source.ts";

/** One setting (or section) of the configuration reference, generated from the schema. */
export interface SettingRow {
  /** `policy.rateLimits.requestsPerMinute` */
  path: string;
  /** `integer`, `string[]`, `"mask" | "refuse"`, `EntityType[]`, or `object` for a section. */
  type: string;
  /** The value used when the setting is absent; undefined when there is none. */
  default: unknown;
  /** True when the file must give it (no default, not optional) as soon as its section is present. */
  required: boolean;
  description: string;
}

/** Names a schema in the reference instead of spelling out its values (`EntityType`, not 19 names). */
export const typeLabels = z.registry<{ label: string }>();

interface Unwrapped {
  core: z.ZodType;
  description: string | undefined;
  hasDefault: boolean;
  defaultValue: unknown;
  optional: boolean;
}

/** Looks through the wrappers (default, optional, transform) to the schema that shapes the value. */
function unwrap(schema: z.ZodType): Unwrapped {
  const found: Unwrapped = {
    core: schema,
    description: undefined,
    hasDefault: false,
    defaultValue: undefined,
    optional: false,
  };
  for (let current = schema; ;) {
    found.description ??= current.description;
    if (current instanceof z.ZodDefault) {
      found.hasDefault = true;
      found.defaultValue = current.def.defaultValue;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPrefault || current instanceof z.ZodOptional) {
      found.optional = true;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      found.core = current;
      return found;
    }
  }
}

export function typeName(schema: z.ZodType): string {
  const core = unwrap(schema).core;
  const label = typeLabels.get(core)?.label;
  if (label) return label;
  if (core instanceof z.ZodString) return "string";
  if (core instanceof z.ZodNumber) return core.isInt ? "integer" : "number";
  if (core instanceof z.ZodBoolean) return "boolean";
  if (core instanceof z.ZodObject) return "object";
  if (core instanceof z.ZodEnum)
    return core.options.map((option) => JSON.stringify(option)).join(" | ");
  if (core instanceof z.ZodUnion) return (core.options as z.ZodType[]).map(typeName).join(" | ");
  if (core instanceof z.ZodArray) {
    const element = typeName(core.element as z.ZodType);
    return element.includes(" | ") ? `(${element})[]` : `${element}[]`;
  }
  return core.def.type;
}

/** Every section and setting of an object schema, depth first, in declaration order. */
export function describeObject(schema: z.ZodObject, prefix: JsonPath = []): SettingRow[] {
  return Object.entries(schema.shape).flatMap(([key, child]) => {
    const path = [...prefix, key];
    const found = unwrap(child as z.ZodType);
    const row: SettingRow = {
      path: formatPath(path),
      type: typeName(child as z.ZodType),
      default: found.core instanceof z.ZodObject ? undefined : found.defaultValue,
      required: !found.optional && !found.hasDefault,
      description: found.description ?? "",
    };
    return found.core instanceof z.ZodObject ? [row, ...describeObject(found.core, path)] : [row];
  });
}

/** The keys an object accepts at `path` (array indices step into elements), for "did you mean". */
export function keysAt(schema: z.ZodType, path: JsonPath): string[] {
  let current = unwrap(schema).core;
  for (const part of path) {
    if (current instanceof z.ZodObject && typeof part === "string" && part in current.shape) {
      current = unwrap(current.shape[part] as z.ZodType).core;
    } else if (current instanceof z.ZodArray && typeof part === "number") {
      current = unwrap(current.element as z.ZodType).core;
    } else {
      return [];
    }
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
