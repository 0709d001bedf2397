import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '../errors/AppError.ts';

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw AppError.badInput('Expected an ISO 8601 date-time.');
  return date;
}

/**
 * The `DateTime` scalar every subgraph declares: ISO 8601 in UTC out (from a Date, or from an ISO string
 * as live payloads carry dates after a trip through JSON), ISO 8601 strings in, anything else BAD_USER_INPUT.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 date-time in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
