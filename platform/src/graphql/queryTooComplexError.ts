import { GraphQLError, type ASTNode } from 'graphql';
import { ErrorCode } from '../errors/codes.ts';

/**
 * The error every query-limit rule reports: code QUERY_TOO_COMPLEX with the limit and the measured value,
 * so a client can tell how far over it went (docs/errors.md).
 */
export function queryTooComplexError(message: string, node: ASTNode | undefined, limit: number, actual: number): GraphQLError {
  return new GraphQLError(message, {
    ...(node ? { nodes: [node] } : {}),
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, actual },
  });
}

/** `query "Name"` or `anonymous query`, for messages. */
export function describeOperation(operation: { operation: string; name?: { value: string } | undefined }): string {
  return operation.name ? `${operation.operation} "${operation.name.value}"` : `anonymous ${operation.operation}`;
}
