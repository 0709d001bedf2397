import { DateTimeScalar } from '@attendgate/platform';
import type { Resolvers } from '../generated/resolvers.ts';
import { Event } from './Event.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Draw, DrawVerification, ParticipantConnection, WinnerConnection } from './records.ts';

/** The GraphQL edge of the participation subgraph: arguments in, a service or loader call, the answer out. */
export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, Event, ParticipantConnection, WinnerConnection, Draw, DrawVerification };
