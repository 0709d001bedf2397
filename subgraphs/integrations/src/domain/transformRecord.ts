import { formatDate, parseDate } from './dateFormats.ts';
import { readPath, writePath, type Json } from './fieldPath.ts';
import { schemaViolation } from './jsonSchemas.ts';
import type { Condition, Conversion, FieldRule, RuleSet } from './mappingRules.ts';
import { SPECIAL_CASES, type SpecialCaseName } from './specialCases.ts';

/**
 * Applies a saved rule set to one record (seed 001's DataTransformer.transform). Pure: the same record and
 * rules always give the same answer. A record that cannot be transformed gives a reason naming the field;
 * it never half-transforms (the output exists only when every rule applied).
 */
export type TransformResult =
  | { ok: true; output: Record<string, Json> }
  | { ok: false; stage: 'INPUT' | 'TRANSFORM' | 'OUTPUT'; reason: string };

function holds(condition: Condition, record: unknown): boolean {
  if ('all' in condition) return condition.all.every((inner) => holds(inner, record));
  if ('any' in condition) return condition.any.some((inner) => holds(inner, record));
  if ('not' in condition) return !holds(condition.not, record);
  const value = readPath(record, condition.path);
  if ('exists' in condition) return (value !== undefined && value !== null) === condition.exists;
  if ('equals' in condition) return JSON.stringify(value) === JSON.stringify(condition.equals);
  return condition.in.some((candidate) => JSON.stringify(candidate) === JSON.stringify(value));
}

const missing = (value: Json | undefined) => value === undefined || value === null || value === '';

function convert(value: Json, to: Conversion): Json | undefined {
  switch (to) {
    case 'string':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'number':
    case 'integer': {
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.replace(/,/g, '')) : Number.NaN;
      if (!Number.isFinite(number)) return undefined;
      if (to === 'integer') return Number.isInteger(number) ? number : undefined;
      return number;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 1 || value === 0) return value === 1;
      if (typeof value === 'string') {
        const word = value.trim().toLowerCase();
        if (['true', 'yes', 'y', '1', 'on'].includes(word)) return true;
        if (['false', 'no', 'n', '0', 'off'].includes(word)) return false;
      }
      return undefined;
  }
}

/** The value one rule writes, `undefined` to write nothing, or a reason the record cannot be transformed. */
function valueOf(rule: FieldRule, record: unknown): { value: Json | undefined } | { reason: string } {
  let value: Json | undefined;
  if (rule.const !== undefined) value = rule.const;
  else if (rule.from !== undefined) value = readPath(record, rule.from);
  else if (rule.concat) {
    const parts = rule.concat.parts
      .map((part) => ('literal' in part ? part.literal : readPath(record, part.path)))
      .filter((part): part is Json => !missing(part))
      .map((part) => (typeof part === 'object' ? JSON.stringify(part) : String(part)));
    value = parts.length ? parts.join(rule.concat.separator) : undefined;
  } else if (rule.special !== undefined) value = record as Json;
  if (missing(value) && rule.default !== undefined) value = rule.default;
  if (rule.special !== undefined && !missing(value)) value = SPECIAL_CASES[rule.special as SpecialCaseName].apply(value);
  if (rule.map && !missing(value)) {
    const key = typeof value === 'object' ? JSON.stringify(value) : String(value);
    if (Object.prototype.hasOwnProperty.call(rule.map.values, key)) value = rule.map.values[key];
    else if (rule.map.fallback !== undefined) value = rule.map.fallback;
    else return { reason: `${rule.target}: the value is not in the value map` };
  }
  if (rule.convert && !missing(value)) {
    const converted = convert(value!, rule.convert);
    if (converted === undefined) return { reason: `${rule.target}: the value cannot be converted to ${rule.convert}` };
    value = converted;
  }
  if (rule.date && !missing(value)) {
    const date = parseDate(value, rule.date.from, rule.date.zone);
    if (!date) return { reason: `${rule.target}: the value is not a date in ${rule.date.from}` };
    value = formatDate(date, rule.date.to, rule.date.zone);
  }
  if (rule.required && missing(value)) return { reason: `${rule.target}: is required but has no value` };
  return { value };
}

export function transformRecord(ruleSet: RuleSet, record: unknown): TransformResult {
  if (ruleSet.inputSchema) {
    const violation = schemaViolation(ruleSet.inputSchema, record);
    if (violation) return { ok: false, stage: 'INPUT', reason: violation };
  }
  const output: Record<string, Json> = {};
  for (const rule of ruleSet.fields) {
    if (rule.when && !holds(rule.when, record)) continue;
    const result = valueOf(rule, record);
    if ('reason' in result) return { ok: false, stage: 'TRANSFORM', reason: result.reason };
    if (result.value !== undefined) writePath(output, rule.target, result.value);
  }
  if (ruleSet.outputSchema) {
    const violation = schemaViolation(ruleSet.outputSchema, output);
    if (violation) return { ok: false, stage: 'OUTPUT', reason: violation };
  }
  return { ok: true, output };
}
