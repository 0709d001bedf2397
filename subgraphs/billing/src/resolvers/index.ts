import { DateTimeScalar, KrwScalar } from '@attendgate/platform';
import type { BillingContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { entityResolvers } from './entities.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';

/** The GraphQL edge of the billing subgraph: arguments in, a service call, the answer out. */
export const resolvers: Resolvers<BillingContext> = { DateTime: DateTimeScalar, Krw: KrwScalar, Query, Mutation, ...entityResolvers };
