import type { ValidationRule } from 'graphql';
import { measureOperation } from './measureOperation.ts';
import { describeOperation, queryTooComplexError } from './queryTooComplexError.ts';

/**
 * Operations may nest fields at most `maxDepth` levels deep (fragments expanded).
 *
 * Depth is what turns a small document into a huge response through cyclic types (event → store → events
 * → ...), and it is cheap to check before anything runs. The error points at the deepest field.
 */
export function createMaxDepthRule(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      // The list factor does not change depth; any value will do.
      const { depth, deepestField } = measureOperation(context, operation, 1);
      if (depth > maxDepth) {
        context.reportError(
          queryTooComplexError(
            `The ${describeOperation(operation)} nests fields ${depth} levels deep; the limit is ${maxDepth}.`,
            deepestField ?? operation,
            maxDepth,
            depth,
          ),
        );
      }
      return false;
    },
  });
}
