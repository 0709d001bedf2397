import type { Resolvers } from '../generated/resolvers.ts';
import { DateTimeScalar } from '@attendgate/platform';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Store, User } from './User.ts';

/** The GraphQL edge of the users subgraph: arguments in, a service call, the answer out. */
export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, User, Store };
