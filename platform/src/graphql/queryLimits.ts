import type { ValidationRule } from 'graphql';
import { createMaxAliasesRule } from './maxAliasesRule.ts';
import { createMaxCostRule } from './maxCostRule.ts';
import { createMaxDepthRule } from './maxDepthRule.ts';

/** Bounds on what one operation may ask for, checked before it runs (HTTP and, later, graphql-ws alike). */
export interface QueryLimits {
  /** Deepest field nesting. Defaults to 12. */
  maxDepth: number;
  /** Aliased fields per operation. Defaults to 30. */
  maxAliases: number;
  /** Estimated cost (see measureOperation.ts). Defaults to 5000. */
  maxCost: number;
  /** What a list field without a page-size argument multiplies by. Defaults to 10. */
  defaultListFactor: number;
  /** Lexical tokens per document; the parser stops past this, before validation. Defaults to 10_000. */
  maxTokens: number;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 5000,
  defaultListFactor: 10,
  maxTokens: 10_000,
};

/**
 * The validation rules for a set of limits, to add to graphql-js's `specifiedRules` (Apollo Server's
 * `validationRules`, or `validate()` in a graphql-ws `onSubscribe`). Each reports QUERY_TOO_COMPLEX.
 * `maxTokens` is not a rule: pass it to the parser (`parse(source, { maxTokens })`).
 */
export function queryLimitRules(limits: Omit<QueryLimits, 'maxTokens'>): ValidationRule[] {
  return [
    createMaxDepthRule(limits.maxDepth),
    createMaxAliasesRule(limits.maxAliases),
    createMaxCostRule(limits.maxCost, limits.defaultListFactor),
  ];
}
