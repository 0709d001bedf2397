import type { ValidationRule } from 'graphql';
import { measureOperation } from './measureOperation.ts';
import { describeOperation, queryTooComplexError } from './queryTooComplexError.ts';

/**
 * Operations may cost at most `maxCost`, by the static estimate documented in measureOperation.ts (each field
 * 1, list fields multiply their selections by their page size or by `defaultListFactor`).
 *
 * Depth and alias limits bound the shape; cost bounds the fan-out of lists inside lists, which is where one
 * innocent-looking request becomes millions of rows.
 */
export function createMaxCostRule(maxCost: number, defaultListFactor: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const { cost } = measureOperation(context, operation, defaultListFactor);
      if (cost > maxCost) {
        context.reportError(
          queryTooComplexError(
            `The ${describeOperation(operation)} has an estimated cost of ${cost}; the limit is ${maxCost}.`,
            operation,
            maxCost,
            cost,
          ),
        );
      }
      return false;
    },
  });
}
