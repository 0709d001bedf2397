import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Json } from './fieldPath.ts';

/**
 * JSON Schema checks of records before and after a transformation (Ajv, draft-07, strict).
 *
 * Schemas are written by users and run on our workers, so two keywords are refused when saved: `pattern`
 * and `patternProperties` (a user's regular expression can take exponential time on a crafted value) and
 * remote `$ref`s (Ajv is given no loader, so only references inside the schema resolve). Compiled validators
 * are kept by schema text, bounded, because the same rules check every record of a sync run.
 */
const FORBIDDEN_KEYWORDS = new Set(['pattern', 'patternProperties']);
const MAX_COMPILED = 500;

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: true, allErrors: false, allowUnionTypes: true }));
const compiled = new Map<string, ValidateFunction>();

function forbiddenKeyword(schema: unknown, depth = 0): string | undefined {
  if (depth > 32) return 'is nested too deeply';
  if (Array.isArray(schema)) {
    for (const item of schema) {
      const found = forbiddenKeyword(item, depth + 1);
      if (found) return found;
    }
  } else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (FORBIDDEN_KEYWORDS.has(key)) return `may not use "${key}" (user regular expressions are not run)`;
      const found = forbiddenKeyword(value, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** The same schema object (a rule set's, read once per run) skips even the serialisation of the key. */
const byObject = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: Record<string, Json>): ValidateFunction {
  const known = byObject.get(schema);
  if (known) return known;
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, validate);
  }
  byObject.set(schema, validate);
  return validate;
}

/** Why a schema cannot be used, or undefined when it compiles. */
export function jsonSchemaProblem(schema: Record<string, Json>): string | undefined {
  const forbidden = forbiddenKeyword(schema);
  if (forbidden) return `the schema ${forbidden}`;
  try {
    validatorFor(schema);
    return undefined;
  } catch (error) {
    return `the schema is not valid JSON Schema: ${(error as Error).message.slice(0, 200)}`;
  }
}

/** The first violation of `schema` by `value` (`/email must match format "email"`), or undefined. */
export function schemaViolation(schema: Record<string, Json>, value: unknown): string | undefined {
  const validate = validatorFor(schema);
  if (validate(value)) return undefined;
  const error = validate.errors?.[0];
  return error ? `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`.slice(0, 300) : 'is invalid';
}
