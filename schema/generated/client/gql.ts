/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query MyLines {\n  me {\n    id\n    lines(first: 20) {\n      totalCount\n      nodes {\n        id\n        maskedNumber\n        number\n      }\n    }\n  }\n}\n\nquery Bill($lineId: ID!, $month: String!) {\n  bill(lineId: $lineId, month: $month) {\n    month\n    items {\n      code\n      name\n      amountKrw\n    }\n    discounts {\n      code\n      name\n      amountKrw\n    }\n    totalKrw\n    dueDate\n    paymentStatus\n    paidOn\n    fetchedAt\n    stale\n    cached\n  }\n}\n\nquery PrecheckProductChange($lineId: ID!, $productCode: String!) {\n  precheckProductChange(lineId: $lineId, productCode: $productCode) {\n    eligible\n    reasons {\n      code\n      message\n    }\n    currentProduct {\n      code\n      name\n      monthlyFeeKrw\n    }\n    targetProduct {\n      code\n      name\n      monthlyFeeKrw\n    }\n  }\n}\n\nmutation RequestProductChange($lineId: ID!, $productCode: String!, $idempotencyKey: String!) {\n  requestProductChange(\n    lineId: $lineId\n    productCode: $productCode\n    idempotencyKey: $idempotencyKey\n  ) {\n    id\n    status\n    kosReference\n    failureCode\n    failureMessage\n  }\n}": typeof types.MyLinesDocument,
    "fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n}\n\nfragment CurrentUser on User {\n  id\n  email\n  name\n  phone\n  role\n  createdAt\n  store {\n    name\n    category\n    region\n    businessNumber\n    verificationStatus\n    verificationUpdatedAt\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}": typeof types.SessionTokensFragmentDoc,
};
const documents: Documents = {
    "query MyLines {\n  me {\n    id\n    lines(first: 20) {\n      totalCount\n      nodes {\n        id\n        maskedNumber\n        number\n      }\n    }\n  }\n}\n\nquery Bill($lineId: ID!, $month: String!) {\n  bill(lineId: $lineId, month: $month) {\n    month\n    items {\n      code\n      name\n      amountKrw\n    }\n    discounts {\n      code\n      name\n      amountKrw\n    }\n    totalKrw\n    dueDate\n    paymentStatus\n    paidOn\n    fetchedAt\n    stale\n    cached\n  }\n}\n\nquery PrecheckProductChange($lineId: ID!, $productCode: String!) {\n  precheckProductChange(lineId: $lineId, productCode: $productCode) {\n    eligible\n    reasons {\n      code\n      message\n    }\n    currentProduct {\n      code\n      name\n      monthlyFeeKrw\n    }\n    targetProduct {\n      code\n      name\n      monthlyFeeKrw\n    }\n  }\n}\n\nmutation RequestProductChange($lineId: ID!, $productCode: String!, $idempotencyKey: String!) {\n  requestProductChange(\n    lineId: $lineId\n    productCode: $productCode\n    idempotencyKey: $idempotencyKey\n  ) {\n    id\n    status\n    kosReference\n    failureCode\n    failureMessage\n  }\n}": types.MyLinesDocument,
    "fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n}\n\nfragment CurrentUser on User {\n  id\n  email\n  name\n  phone\n  role\n  createdAt\n  store {\n    name\n    category\n    region\n    businessNumber\n    verificationStatus\n    verificationUpdatedAt\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}": types.SessionTokensFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyLines {\n  me {\n    id\n    lines(first: 20) {\n      totalCount\n      nodes {\n        id\n        maskedNumber\n        number\n      }\n    }\n  }\n}\n\nquery Bill($lineId: ID!, $month: String!) {\n  bill(lineId: $lineId, month: $month) {\n    month\n    items {\n      code\n      name\n      amountKrw\n    }\n    discounts {\n      code\n      name\n      amountKrw\n    }\n    totalKrw\n    dueDate\n    paymentStatus\n    paidOn\n    fetchedAt\n    stale\n    cached\n  }\n}\n\nquery PrecheckProductChange($lineId: ID!, $productCode: String!) {\n  precheckProductChange(lineId: $lineId, productCode: $productCode) {\n    eligible\n    reasons {\n      code\n      message\n    }\n    currentProduct {\n      code\n      name\n      monthlyFeeKrw\n    }\n    targetProduct {\n      code\n      name\n      monthlyFeeKrw\n    }\n  }\n}\n\nmutation RequestProductChange($lineId: ID!, $productCode: String!, $idempotencyKey: String!) {\n  requestProductChange(\n    lineId: $lineId\n    productCode: $productCode\n    idempotencyKey: $idempotencyKey\n  ) {\n    id\n    status\n    kosReference\n    failureCode\n    failureMessage\n  }\n}"): (typeof documents)["query MyLines {\n  me {\n    id\n    lines(first: 20) {\n      totalCount\n      nodes {\n        id\n        maskedNumber\n        number\n      }\n    }\n  }\n}\n\nquery Bill($lineId: ID!, $month: String!) {\n  bill(lineId: $lineId, month: $month) {\n    month\n    items {\n      code\n      name\n      amountKrw\n    }\n    discounts {\n      code\n      name\n      amountKrw\n    }\n    totalKrw\n    dueDate\n    paymentStatus\n    paidOn\n    fetchedAt\n    stale\n    cached\n  }\n}\n\nquery PrecheckProductChange($lineId: ID!, $productCode: String!) {\n  precheckProductChange(lineId: $lineId, productCode: $productCode) {\n    eligible\n    reasons {\n      code\n      message\n    }\n    currentProduct {\n      code\n      name\n      monthlyFeeKrw\n    }\n    targetProduct {\n      code\n      name\n      monthlyFeeKrw\n    }\n  }\n}\n\nmutation RequestProductChange($lineId: ID!, $productCode: String!, $idempotencyKey: String!) {\n  requestProductChange(\n    lineId: $lineId\n    productCode: $productCode\n    idempotencyKey: $idempotencyKey\n  ) {\n    id\n    status\n    kosReference\n    failureCode\n    failureMessage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n}\n\nfragment CurrentUser on User {\n  id\n  email\n  name\n  phone\n  role\n  createdAt\n  store {\n    name\n    category\n    region\n    businessNumber\n    verificationStatus\n    verificationUpdatedAt\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}"): (typeof documents)["fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n}\n\nfragment CurrentUser on User {\n  id\n  email\n  name\n  phone\n  role\n  createdAt\n  store {\n    name\n    category\n    region\n    businessNumber\n    verificationStatus\n    verificationUpdatedAt\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;