/**
 * `@attendgate/gateway/testing`: integration-test helpers for every package. `startTestStack` runs the
 * subgraphs under test behind a real gateway; `signedSubgraphRequest` talks to one subgraph directly;
 * `eventsStub` stands in for the events subgraph's `Event { title status }`; `subscribeThroughGateway` is a
 * client's live subscription.
 */
export { startTestStack, type TestStack, type TestStackOptions, type GraphQLRequest } from './startTestStack.ts';
export { signedSubgraphRequest } from './signedSubgraphRequest.ts';
export { firstErrorOf, type GraphQLResponse } from './graphqlResponse.ts';
export { eventsStub, stubEvents, stubState } from './eventsStub/eventsStub.ts';
export { subscribeThroughGateway, type LiveMessage } from './liveSubscription.ts';
