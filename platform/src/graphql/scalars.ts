import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '../errors/AppError.ts';

/**
 * The custom scalars more than one subgraph declares, implemented once so that the same name means the same
 * thing everywhere in the supergraph (composition merges scalars by name; their code must agree too).
 */

/** `DateTime`: ISO 8601 in UTC out (from a Date or a date string); ISO 8601 strings in. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 date-time in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw AppError.badInput('Expected an ISO 8601 date-time.');
  return date;
}

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
