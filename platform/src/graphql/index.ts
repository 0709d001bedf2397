/**
 * GraphQL request limits shared by every transport that accepts client operations (the gateway's HTTP
 * endpoint now, its graphql-ws endpoint next), so both refuse the same documents with the same code.
 */
export { DEFAULT_QUERY_LIMITS, queryLimitRules, type QueryLimits } from './queryLimits.ts';
export { createMaxDepthRule } from './maxDepthRule.ts';
export { createMaxAliasesRule } from './maxAliasesRule.ts';
export { createMaxCostRule } from './maxCostRule.ts';
export { measureOperation, type OperationMeasure } from './measureOperation.ts';
export { queryTooComplexError } from './queryTooComplexError.ts';
export { pageRequest, toPage, encodeCursor, decodeCursor, type Page, type PageArgs, type PageLimits, type PageRequest } from './pagination.ts';
export { DateTimeScalar } from './dateTimeScalar.ts';
export { KrwScalar } from './krwScalar.ts';
