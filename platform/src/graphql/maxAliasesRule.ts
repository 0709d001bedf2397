import type { ValidationRule } from 'graphql';
import { measureOperation } from './measureOperation.ts';
import { describeOperation, queryTooComplexError } from './queryTooComplexError.ts';

/**
 * Operations may use at most `maxAliases` aliased fields (counted per use, fragments expanded).
 *
 * Aliases let one request ask for the same expensive field hundreds of times (`a1: login(...) a2: login(...)`),
 * which defeats per-request rate limits and batches brute-force attempts into one call.
 */
export function createMaxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const { aliases } = measureOperation(context, operation, 1);
      if (aliases > maxAliases) {
        context.reportError(
          queryTooComplexError(
            `The ${describeOperation(operation)} uses ${aliases} aliases; the limit is ${maxAliases}.`,
            operation,
            maxAliases,
            aliases,
          ),
        );
      }
      return false;
    },
  });
}
