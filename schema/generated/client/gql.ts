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
    "fragment GateStatus on Gate {\n  id\n  name\n  direction\n  state\n  lastHeartbeatAt\n  batteryPercent\n  doorOpen\n}\n\nquery VenueGates($venueId: ID!) {\n  venue(id: $venueId) {\n    id\n    name\n    capacity\n    occupancy\n    activeEmergency {\n      kind\n      message\n    }\n    gates(first: 50) {\n      nodes {\n        ...GateStatus\n      }\n      totalCount\n    }\n  }\n}\n\nmutation IssueEntryPass($eventId: ID!, $entryNumber: String!, $phone: String!) {\n  issueEntryPass(eventId: $eventId, entryNumber: $entryNumber, phone: $phone) {\n    token\n    kind\n    entryNumber\n  }\n}\n\nmutation CheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    direction\n    openSignalSent\n    attendance {\n      id\n      checkedInAt\n    }\n  }\n}\n\nmutation ControlGate($gateId: ID!, $command: GateCommandKind!) {\n  controlGate(gateId: $gateId, command: $command) {\n    command {\n      id\n      status\n    }\n    gate {\n      ...GateStatus\n    }\n  }\n}": typeof types.GateStatusFragmentDoc,
    "fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n}\n\nfragment CurrentUser on User {\n  id\n  email\n  name\n  phone\n  role\n  createdAt\n  store {\n    name\n    category\n    region\n    businessNumber\n    verificationStatus\n    verificationUpdatedAt\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}": typeof types.SessionTokensFragmentDoc,
};
const documents: Documents = {
    "fragment GateStatus on Gate {\n  id\n  name\n  direction\n  state\n  lastHeartbeatAt\n  batteryPercent\n  doorOpen\n}\n\nquery VenueGates($venueId: ID!) {\n  venue(id: $venueId) {\n    id\n    name\n    capacity\n    occupancy\n    activeEmergency {\n      kind\n      message\n    }\n    gates(first: 50) {\n      nodes {\n        ...GateStatus\n      }\n      totalCount\n    }\n  }\n}\n\nmutation IssueEntryPass($eventId: ID!, $entryNumber: String!, $phone: String!) {\n  issueEntryPass(eventId: $eventId, entryNumber: $entryNumber, phone: $phone) {\n    token\n    kind\n    entryNumber\n  }\n}\n\nmutation CheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    direction\n    openSignalSent\n    attendance {\n      id\n      checkedInAt\n    }\n  }\n}\n\nmutation ControlGate($gateId: ID!, $command: GateCommandKind!) {\n  controlGate(gateId: $gateId, command: $command) {\n    command {\n      id\n      status\n    }\n    gate {\n      ...GateStatus\n    }\n  }\n}": types.GateStatusFragmentDoc,
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
export function graphql(source: "fragment GateStatus on Gate {\n  id\n  name\n  direction\n  state\n  lastHeartbeatAt\n  batteryPercent\n  doorOpen\n}\n\nquery VenueGates($venueId: ID!) {\n  venue(id: $venueId) {\n    id\n    name\n    capacity\n    occupancy\n    activeEmergency {\n      kind\n      message\n    }\n    gates(first: 50) {\n      nodes {\n        ...GateStatus\n      }\n      totalCount\n    }\n  }\n}\n\nmutation IssueEntryPass($eventId: ID!, $entryNumber: String!, $phone: String!) {\n  issueEntryPass(eventId: $eventId, entryNumber: $entryNumber, phone: $phone) {\n    token\n    kind\n    entryNumber\n  }\n}\n\nmutation CheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    direction\n    openSignalSent\n    attendance {\n      id\n      checkedInAt\n    }\n  }\n}\n\nmutation ControlGate($gateId: ID!, $command: GateCommandKind!) {\n  controlGate(gateId: $gateId, command: $command) {\n    command {\n      id\n      status\n    }\n    gate {\n      ...GateStatus\n    }\n  }\n}"): (typeof documents)["fragment GateStatus on Gate {\n  id\n  name\n  direction\n  state\n  lastHeartbeatAt\n  batteryPercent\n  doorOpen\n}\n\nquery VenueGates($venueId: ID!) {\n  venue(id: $venueId) {\n    id\n    name\n    capacity\n    occupancy\n    activeEmergency {\n      kind\n      message\n    }\n    gates(first: 50) {\n      nodes {\n        ...GateStatus\n      }\n      totalCount\n    }\n  }\n}\n\nmutation IssueEntryPass($eventId: ID!, $entryNumber: String!, $phone: String!) {\n  issueEntryPass(eventId: $eventId, entryNumber: $entryNumber, phone: $phone) {\n    token\n    kind\n    entryNumber\n  }\n}\n\nmutation CheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    direction\n    openSignalSent\n    attendance {\n      id\n      checkedInAt\n    }\n  }\n}\n\nmutation ControlGate($gateId: ID!, $command: GateCommandKind!) {\n  controlGate(gateId: $gateId, command: $command) {\n    command {\n      id\n      status\n    }\n    gate {\n      ...GateStatus\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n}\n\nfragment CurrentUser on User {\n  id\n  email\n  name\n  phone\n  role\n  createdAt\n  store {\n    name\n    category\n    region\n    businessNumber\n    verificationStatus\n    verificationUpdatedAt\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}"): (typeof documents)["fragment SessionTokens on AuthPayload {\n  accessToken\n  accessTokenExpiresAt\n  refreshToken\n  refreshTokenExpiresAt\n}\n\nfragment CurrentUser on User {\n  id\n  email\n  name\n  phone\n  role\n  createdAt\n  store {\n    name\n    category\n    region\n    businessNumber\n    verificationStatus\n    verificationUpdatedAt\n  }\n}\n\nmutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...SessionTokens\n    user {\n      ...CurrentUser\n    }\n  }\n}\n\nmutation RefreshToken($refreshToken: String!) {\n  refreshToken(refreshToken: $refreshToken) {\n    ...SessionTokens\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nquery Me {\n  me {\n    ...CurrentUser\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;