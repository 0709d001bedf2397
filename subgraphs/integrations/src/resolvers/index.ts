import { DateTimeScalar } from '@attendgate/platform';
import type { Resolvers } from '../generated/resolvers.ts';
import { Delivery } from './Delivery.ts';
import { Integration, SyncJob } from './Integration.ts';
import { JsonScalar } from './jsonScalar.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Subscription } from './Subscription.ts';

/** The GraphQL edge of the integrations subgraph: arguments in, a service call, the answer out. */
export const resolvers: Resolvers = { DateTime: DateTimeScalar, JSON: JsonScalar, Query, Mutation, Subscription, Integration, SyncJob, Delivery };
