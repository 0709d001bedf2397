import { GraphQLError } from 'graphql';

/**
 * Why a subgraph call produced no GraphQL answer:
 * - `unreachable`: no connection (refused, reset, DNS);
 * - `timeout`: no complete answer within the subgraph's timeout;
 * - `unavailable`: an HTTP 502/503/504 from something in front of it;
 * - `refused`: the subgraph turned the gateway away (a signing-secret or clock mismatch: an operator problem);
 * - `failed`: any other non-GraphQL answer.
 */
export type SubgraphFailure = 'unreachable' | 'timeout' | 'unavailable' | 'refused' | 'failed';

/** Failures a client can reasonably retry later; they surface as UPSTREAM_UNAVAILABLE. */
export const TRANSIENT_FAILURES: ReadonlySet<SubgraphFailure> = new Set(['unreachable', 'timeout', 'unavailable']);

/**
 * A failed subgraph call, carrying what operators need (subgraph, URL, status, cause) for the log line.
 * Its message names the subgraph but never the URL; the client never sees either (errorMasking.ts).
 * A GraphQLError because RemoteGraphQLDataSource's `errorFromResponse` must return one.
 */
export class SubgraphRequestError extends GraphQLError {
  readonly subgraph: string;
  readonly failure: SubgraphFailure;
  readonly url: string;
  readonly status: number | undefined;

  constructor(subgraph: string, failure: SubgraphFailure, details: { url: string; status?: number; cause?: unknown }) {
    super(`subgraph "${subgraph}" ${failure}${details.status ? ` (HTTP ${details.status})` : ''}`, {
      ...(details.cause instanceof Error ? { originalError: details.cause } : {}),
    });
    this.name = 'SubgraphRequestError';
    this.subgraph = subgraph;
    this.failure = failure;
    this.url = details.url;
    this.status = details.status;
  }
}
