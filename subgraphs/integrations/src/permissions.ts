import { AppError, allow, federationQueryRules, hasRole, rule, type IRules } from '@attendgate/platform';
import type { IntegrationsContext } from './context.ts';
import { canManage } from './services/access.ts';

/** Shop owners connect their systems; admins connect platform-wide ones and see everyone's. */
const canIntegrate = hasRole('OWNER', 'ADMIN');

/** An integration (and what hangs off it) is its owner's and the admins'; checked on the object itself. */
const managesIntegration = rule('managesIntegration', { cache: 'no_cache' })((integration: { ownerId: string }, _args, ctx: IntegrationsContext) => {
  if (!ctx.auth) return AppError.unauthenticated();
  return canManage(integration, ctx.auth) ? true : AppError.forbidden('Only the integration\'s owner and admins see it.');
});

/**
 * graphql-shield rules, deny by default (the platform sets the fallback). Root fields are for owners and
 * admins; which integration a caller may touch is decided in the services (someone else's is NOT_FOUND),
 * and again on the Integration type, so an entity fetched through `_entities` is guarded too.
 */
export const permissions: IRules = {
  Query: { ...federationQueryRules, integrations: canIntegrate, integration: canIntegrate, integrationStatus: canIntegrate, mappingSpecialCases: canIntegrate },
  Mutation: {
    addIntegration: canIntegrate,
    configureIntegration: canIntegrate,
    removeIntegration: canIntegrate,
    testConnection: canIntegrate,
    syncNow: canIntegrate,
    updateSchedule: canIntegrate,
    replayDeadLetters: canIntegrate,
  },
  Subscription: { syncJobUpdated: canIntegrate },
  Integration: managesIntegration,
  // Reached only through guarded fields above.
  IntegrationConnection: canIntegrate,
  ConnectionInfo: canIntegrate,
  IntegrationStatus: canIntegrate,
  SyncJob: canIntegrate,
  SyncRun: canIntegrate,
  SyncRunConnection: canIntegrate,
  Delivery: canIntegrate,
  DeliveryConnection: canIntegrate,
  AudienceMember: canIntegrate,
  AudienceMemberConnection: canIntegrate,
  ConnectionTestResult: canIntegrate,
  ReplayResult: canIntegrate,
  MappingSpecialCase: canIntegrate,
  PageInfo: allow,
  _Service: allow,
};
