import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '../errors/AppError.ts';

/**
 * `Krw`: an amount of Korean won. Whole numbers only (the won has no minor unit), carried as a JSON number and
 * not limited to 32 bits like `Int`, so sums cannot overflow; anything beyond 2^53 − 1 is refused.
 */
export const KrwScalar = new GraphQLScalarType({
  name: 'Krw',
  description: 'An amount of Korean won: a whole number.',
  serialize(value) {
    const amount = typeof value === 'string' ? Number(value) : value;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) throw new TypeError('Krw cannot represent a non-integer amount');
    return amount;
  },
  parseValue: (value) => parseKrw(value),
  parseLiteral: (ast) => parseKrw(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});

function parseKrw(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw AppError.badInput('Expected an amount in whole won.');
  return value;
}
