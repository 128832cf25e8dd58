/**
 * Mistral's OpenAPI description (/work/shared/specs/mistral-openapi.yaml) and a small validator of JSON
 * values against its schemas, for tests of the stand-in and of the gateway's responses.
 *
 * Keywords checked: $ref, allOf, anyOf, oneOf (as "at least one", discriminators not used), type (also as a
 * list), enum, const, required, properties, additionalProperties: false, items. Formats and ranges are not.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";

export const MISTRAL_SPEC_PATH = join(
  import.meta.dirname,
  "../../../shared/specs/mistral-openapi.yaml"
);

export interface Schema {
  $ref?: string;
  title?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
}

/**
 * Known errors of the spec, ignored by the validator: ChatCompletionResponse requires `data`, which it does
 * not define and real responses do not have (see /work/shared/specs/README.md).
 */
export const SPEC_ERRATA: readonly { schemaTitle: string; required: string }[] = [
  { schemaTitle: "ChatCompletionResponse", required: "data" },
];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return typeof value === type;
  }
}

export class MistralSpec {
  private readonly schemas: Record<string, Schema>;

  constructor(yamlText = readFileSync(MISTRAL_SPEC_PATH, "utf8")) {
    const spec = load(yamlText) as { components: { schemas: Record<string, Schema> } };
    this.schemas = spec.components.schemas;
  }

  schema(name: string): Schema {
    const schema = this.schemas[name];
    if (!schema) throw new Error(`No schema ${name} in the spec`);
    return schema;
  }

  /** The required properties of a schema, its allOf parts included. */
  requiredOf(name: string): string[] {
    const collect = (schema: Schema): string[] => [
      ...(schema.required ?? []),
      ...(schema.allOf ?? []).flatMap((part) => collect(this.resolve(part))),
    ];
    return collect(this.schema(name));
  }

  /** The properties a schema defines, its allOf parts included. */
  propertiesOf(name: string): string[] {
    const collect = (schema: Schema): string[] => [
      ...Object.keys(schema.properties ?? {}),
      ...(schema.allOf ?? []).flatMap((part) => collect(this.resolve(part))),
    ];
    return collect(this.schema(name));
  }

  /** Every property name of the named schema and of the schemas it reaches, at any depth. */
  propertyNamesUnder(name: string): Set<string> {
    const names = new Set<string>();
    const seen = new Set<Schema>();
    const visit = (schemaOrRef: Schema | boolean | undefined): void => {
      if (!schemaOrRef || schemaOrRef === true) return;
      const schema = this.resolve(schemaOrRef);
      if (seen.has(schema)) return;
      seen.add(schema);
      for (const [key, inner] of Object.entries(schema.properties ?? {})) {
        names.add(key);
        visit(inner);
      }
      for (const part of [
        ...(schema.allOf ?? []),
        ...(schema.anyOf ?? []),
        ...(schema.oneOf ?? []),
      ])
        visit(part);
      visit(schema.items);
      visit(schema.additionalProperties);
    };
    visit(this.schema(name));
    return names;
  }

  /** What is wrong with `value` as an instance of the named schema, one line each; empty when valid. */
  validate(name: string, value: unknown): string[] {
    const errors: string[] = [];
    this.check(this.schema(name), value, name, errors);
    return errors;
  }

  private resolve(schema: Schema): Schema {
    return schema.$ref ? this.schema(schema.$ref.replace("#/components/schemas/", "")) : schema;
  }

  private check(schemaOrRef: Schema, value: unknown, path: string, errors: string[]): void {
    const schema = this.resolve(schemaOrRef);
    for (const part of schema.allOf ?? []) this.check(part, value, path, errors);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (
      alternatives &&
      !alternatives.some((alternative) => this.passes(alternative, value, path))
    ) {
      errors.push(`${path}: matches none of its ${alternatives.length} alternatives`);
    }
    const types = schema.type === undefined ? [] : [schema.type].flat();
    if (types.length > 0 && !types.some((type) => hasType(value, type))) {
      errors.push(`${path}: not of type ${types.join(" | ")}`);
    }
    if (schema.enum && !schema.enum.includes(value))
      errors.push(`${path}: not one of ${JSON.stringify(schema.enum)}`);
    if ("const" in schema && value !== schema.const)
      errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
    if (Array.isArray(value) && schema.items) {
      value.forEach((item, i) => this.check(schema.items as Schema, item, `${path}[${i}]`, errors));
    }
    if (isObject(value)) this.checkObject(schema, value, path, errors);
  }

  private checkObject(
    schema: Schema,
    value: Record<string, unknown>,
    path: string,
    errors: string[]
  ): void {
    for (const name of schema.required ?? []) {
      const erratum = SPEC_ERRATA.some(
        (e) => e.schemaTitle === schema.title && e.required === name
      );
      if (!(name in value) && !erratum) errors.push(`${path}: missing required property ${name}`);
    }
    for (const [name, child] of Object.entries(value)) {
      const property = schema.properties?.[name];
      if (property) this.check(property, child, `${path}.${name}`, errors);
      else if (schema.properties && schema.additionalProperties === false)
        errors.push(`${path}: unexpected property ${name}`);
    }
  }

  private passes(schema: Schema, value: unknown, path: string): boolean {
    const errors: string[] = [];
    this.check(schema, value, path, errors);
    return errors.length === 0;
  }
}
