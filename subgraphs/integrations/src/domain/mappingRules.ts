import { z } from 'zod';
import { DATE_FORMATS, TIME_ZONES } from './dateFormats.ts';
import { pathProblem, pathsOverlap, type Json } from './fieldPath.ts';
import { jsonSchemaProblem } from './jsonSchemas.ts';
import { isSpecialCaseName, SPECIAL_CASE_NAMES } from './specialCases.ts';

/**
 * Mapping rules: how one record becomes another, declared as data (seed 001's DataTransformer:
 * "mapping rules"), so that an operator changes a mapping without a deployment and the rules are checked
 * once, when saved, instead of failing record by record later.
 *
 * A rule set lists field rules; each writes one `target` path from one source: a path (a copy or rename), a
 * constant, or a concatenation of paths and literals. Then, in order: `default` when the source is missing,
 * a named `special` case, a `map` of values, a type `convert` or a `date` format change, and `required`.
 * `when` applies the rule only if its condition holds. `inputSchema` and `outputSchema` (JSON Schema) check
 * the record before and after.
 */
export const MAX_FIELD_RULES = 200;
export const MAX_CONDITION_DEPTH = 5;
export const MAX_RULES_JSON_BYTES = 64 * 1024;
const MAX_LIST = 100;

export const CONVERSIONS = ['string', 'number', 'integer', 'boolean'] as const;
export type Conversion = (typeof CONVERSIONS)[number];

const json: z.ZodType<Json> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));

export type Condition =
  | { path: string; equals: Json }
  | { path: string; in: Json[] }
  | { path: string; exists: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const condition: z.ZodType<Condition> = z.lazy(() => z.union([
  z.strictObject({ path: z.string(), equals: json }),
  z.strictObject({ path: z.string(), in: z.array(json).min(1).max(MAX_LIST) }),
  z.strictObject({ path: z.string(), exists: z.boolean() }),
  z.strictObject({ all: z.array(condition).min(1).max(MAX_LIST) }),
  z.strictObject({ any: z.array(condition).min(1).max(MAX_LIST) }),
  z.strictObject({ not: condition }),
]));

const concatPart = z.union([z.strictObject({ path: z.string() }), z.strictObject({ literal: z.string().max(200) })]);

const fieldRule = z.strictObject({
  target: z.string(),
  from: z.string().optional(),
  const: json.optional(),
  concat: z.strictObject({ parts: z.array(concatPart).min(1).max(20), separator: z.string().max(10).default('') }).optional(),
  default: json.optional(),
  special: z.string().optional(),
  map: z.strictObject({ values: z.record(z.string(), json), fallback: json.optional() }).optional(),
  convert: z.enum(CONVERSIONS).optional(),
  date: z.strictObject({ from: z.enum(DATE_FORMATS), to: z.enum(DATE_FORMATS), zone: z.enum(TIME_ZONES).default('UTC') }).optional(),
  required: z.boolean().default(false),
  when: condition.optional(),
});

export type FieldRule = z.infer<typeof fieldRule>;

const jsonSchemaValue = z.record(z.string(), json);

export const ruleSetSchema = z.strictObject({
  inputSchema: jsonSchemaValue.optional(),
  outputSchema: jsonSchemaValue.optional(),
  fields: z.array(fieldRule).min(1).max(MAX_FIELD_RULES),
});

export type RuleSet = z.infer<typeof ruleSetSchema>;

/** Where a rule is wrong and why, for the client (`rulePath` such as `fields[2].date.from`). */
export interface RuleProblem {
  rulePath: string;
  reason: string;
}

function zodPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

function conditionProblems(value: Condition, at: string, depth: number, problems: RuleProblem[]): void {
  if (depth > MAX_CONDITION_DEPTH) {
    problems.push({ rulePath: at, reason: `conditions may nest at most ${MAX_CONDITION_DEPTH} deep` });
    return;
  }
  if ('path' in value) {
    const problem = pathProblem(value.path, true);
    if (problem) problems.push({ rulePath: `${at}.path`, reason: `path ${problem}` });
  } else if ('all' in value || 'any' in value) {
    const list = 'all' in value ? value.all : value.any;
    list.forEach((inner, index) => conditionProblems(inner, `${at}.${'all' in value ? 'all' : 'any'}[${index}]`, depth + 1, problems));
  } else {
    conditionProblems(value.not, `${at}.not`, depth + 1, problems);
  }
}

function fieldProblems(rule: FieldRule, at: string, problems: RuleProblem[]): void {
  const targetProblem = pathProblem(rule.target, false);
  if (targetProblem) problems.push({ rulePath: `${at}.target`, reason: `target ${targetProblem}` });
  const sources = [rule.from !== undefined, rule.const !== undefined, rule.concat !== undefined].filter(Boolean).length;
  if (sources > 1) problems.push({ rulePath: at, reason: 'a field takes its value from one of from, const or concat, not several' });
  if (sources === 0 && rule.special === undefined && rule.default === undefined) {
    problems.push({ rulePath: at, reason: 'a field needs a source: from, const, concat, special or default' });
  }
  if (rule.from !== undefined) {
    const problem = pathProblem(rule.from, true);
    if (problem) problems.push({ rulePath: `${at}.from`, reason: `from ${problem}` });
  }
  rule.concat?.parts.forEach((part, index) => {
    if (!('path' in part)) return;
    const problem = pathProblem(part.path, true);
    if (problem) problems.push({ rulePath: `${at}.concat.parts[${index}].path`, reason: `path ${problem}` });
  });
  if (rule.special !== undefined && !isSpecialCaseName(rule.special)) {
    problems.push({ rulePath: `${at}.special`, reason: `unknown special case "${rule.special}" (known: ${SPECIAL_CASE_NAMES.join(', ')})` });
  }
  if (rule.convert !== undefined && rule.date !== undefined) {
    problems.push({ rulePath: at, reason: 'convert and date cannot both apply to one field' });
  }
  if (rule.map && Object.keys(rule.map.values).length > MAX_FIELD_RULES) {
    problems.push({ rulePath: `${at}.map.values`, reason: `a value map may have at most ${MAX_FIELD_RULES} entries` });
  }
  if (rule.when) conditionProblems(rule.when, `${at}.when`, 1, problems);
}

/**
 * Checks a rule set as it will be saved; answers the parsed set (defaults filled in) or every problem found.
 * Problems name the rule's place, so the person fixing them need not guess.
 */
export function parseRuleSet(value: unknown, at = ''): { ruleSet: RuleSet; problems: [] } | { ruleSet: null; problems: RuleProblem[] } {
  const prefix = (path: string) => (at && path ? `${at}.${path}` : at || path);
  const parsed = ruleSetSchema.safeParse(value);
  if (!parsed.success) {
    return { ruleSet: null, problems: parsed.error.issues.slice(0, 20).map((issue) => ({ rulePath: prefix(zodPath(issue.path)), reason: issue.message })) };
  }
  const problems: RuleProblem[] = [];
  const ruleSet = parsed.data;
  ruleSet.fields.forEach((rule, index) => fieldProblems(rule, `fields[${index}]`, problems));
  // Two unconditional rules writing overlapping targets would silently overwrite each other.
  const unconditional = ruleSet.fields.map((rule, index) => ({ rule, index })).filter(({ rule }) => !rule.when);
  for (let i = 0; i < unconditional.length; i += 1) {
    for (let j = i + 1; j < unconditional.length; j += 1) {
      const a = unconditional[i]!;
      const b = unconditional[j]!;
      if (pathsOverlap(a.rule.target, b.rule.target)) {
        problems.push({ rulePath: `fields[${b.index}].target`, reason: `overlaps the target of fields[${a.index}] ("${a.rule.target}")` });
      }
    }
  }
  for (const key of ['inputSchema', 'outputSchema'] as const) {
    const schema = ruleSet[key];
    const problem = schema ? jsonSchemaProblem(schema) : undefined;
    if (problem) problems.push({ rulePath: key, reason: problem });
  }
  if (problems.length) return { ruleSet: null, problems: problems.slice(0, 20).map((problem) => ({ ...problem, rulePath: prefix(problem.rulePath) })) };
  return { ruleSet, problems: [] };
}
