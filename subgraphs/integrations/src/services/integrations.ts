import { AppError, conflictFromUniqueViolation, ErrorCode, isAppError, sqlQuery, timeOrderedPage, type AuthClaims, type PageArgs } from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { IntegrationType, SyncDirection } from '../domain/integrationRules.ts';
import { pulls, rulesToJson } from '../domain/integrationRules.ts';
import { toEnumValue, type PushEventType } from '../domain/pushEvents.ts';
import { Delivery, Integration, SyncJob } from '../entities/index.ts';
import type { Adapters } from './adapters.ts';
import { findManaged } from './access.ts';
import { sealCredentials } from './credentialsVault.ts';
import type { IntegrationsDeps } from './deps.ts';
import { checkConnection, checkName, checkSubscribedEvents, checkSyncConfiguration, type ConnectionArgs } from './integrationInput.ts';
import type { Schedules } from './schedules.ts';
import type { SyncUpdates } from './syncUpdates.ts';

export interface AddIntegrationArgs {
  type: IntegrationType;
  name: string;
  connection: ConnectionArgs;
  direction: SyncDirection;
  subscribedEvents?: readonly string[] | null;
  mappingRules: unknown;
  schedule?: string | null;
  platformWide?: boolean | null;
}

export interface ConfigureIntegrationArgs {
  name?: string | null;
  connection?: ConnectionArgs | null;
  direction?: SyncDirection | null;
  subscribedEvents?: readonly string[] | null;
  mappingRules?: unknown;
  expectedVersion?: number | null;
}

const INTEGRATION_PAGES = { defaultSize: 20, maxSize: 100 };

const NAME_TAKEN = { integration_owner_name_unique: { field: 'name', message: 'You already have an integration with this name.' } };

/** Adding, changing, removing and listing integrations (seed 001's IntegrationGateway registry). */
export function createIntegrations(deps: IntegrationsDeps, collaborators: { adapters: Adapters; schedules: Schedules; updates: SyncUpdates }) {
  const { adapters, schedules, updates } = collaborators;

  return {
    async add(em: EntityManager, auth: AuthClaims, args: AddIntegrationArgs): Promise<Integration> {
      if (args.platformWide && auth.role !== 'ADMIN') throw AppError.forbidden('Only admins add platform-wide integrations.');
      const name = checkName(args.name);
      const connection = checkConnection(args.connection, deps.config.INTEGRATIONS_ALLOW_PRIVATE_URLS);
      const subscribedEvents = checkSubscribedEvents(args.subscribedEvents ?? []);
      const rules = checkSyncConfiguration({ direction: args.direction, dialect: connection.dialect, subscribedEvents, mappingRules: args.mappingRules });
      if (args.schedule != null && !pulls(args.direction)) throw AppError.badInput('Only pulling integrations have a schedule.', 'schedule');
      const schedule = args.schedule == null ? null : schedules.check(args.schedule);
      const id = randomUUID();
      try {
        const integration = await em.transactional(async (tx) => {
          // One owner's adds take turns, so the per-owner limit holds under concurrency.
          await sqlQuery(tx, 'select pg_advisory_xact_lock(hashtext($1))', [`integrations.owner:${auth.userId}`]);
          const count = await tx.count(Integration, { ownerId: auth.userId, removedAt: null });
          if (count >= deps.config.INTEGRATIONS_MAX_PER_OWNER) {
            throw AppError.badInput(`You may have at most ${deps.config.INTEGRATIONS_MAX_PER_OWNER} integrations.`, 'name');
          }
          const created = tx.create(Integration, {
            id, ownerId: auth.userId, platformWide: args.platformWide ?? false, type: args.type, name,
            baseUrl: connection.baseUrl, dialect: connection.dialect, authKind: connection.credentials.kind, authHint: connection.authHint,
            credentialsCiphertext: sealCredentials(deps.cipher, id, connection.credentials),
            direction: args.direction, subscribedEvents, mappingRules: rulesToJson(rules) as Record<string, unknown>,
          });
          tx.create(SyncJob, {
            integrationId: id, schedule, status: pulls(args.direction) ? 'IDLE' : 'DISABLED',
            nextRunAt: schedule ? schedules.nextRun(schedule, new Date()) : null,
          });
          await tx.flush();
          return created;
        });
        deps.logger.info({ integrationId: id, type: args.type, ownerId: auth.userId }, 'integration added');
        return integration;
      } catch (error) {
        throw conflictFromUniqueViolation(error, NAME_TAKEN) ?? error;
      }
    },

    async configure(em: EntityManager, auth: AuthClaims, id: string, args: ConfigureIntegrationArgs): Promise<Integration> {
      const current = await findManaged(em, id, auth);
      if (args.expectedVersion != null && args.expectedVersion !== current.version) {
        throw AppError.conflict(`The integration changed meanwhile (version ${current.version}); reload it and try again.`, 'expectedVersion');
      }
      const name = args.name == null ? current.name : checkName(args.name);
      const connection = args.connection ? checkConnection(args.connection, deps.config.INTEGRATIONS_ALLOW_PRIVATE_URLS) : null;
      const direction = args.direction ?? current.direction;
      const subscribedEvents = args.subscribedEvents == null ? checkSubscribedEvents((current.subscribedEvents as PushEventType[]).map(toEnumValue)) : checkSubscribedEvents(args.subscribedEvents);
      const rules = checkSyncConfiguration({
        direction, dialect: connection?.dialect ?? current.dialect, subscribedEvents,
        mappingRules: args.mappingRules === undefined || args.mappingRules === null ? current.mappingRules : args.mappingRules,
      });
      try {
        await em.transactional(async (tx) => {
          // Guarded by the version read above: of two concurrent edits, the second finds it changed.
          const changed = await tx.nativeUpdate(Integration, { id, version: current.version, removedAt: null }, {
            name, direction, subscribedEvents, mappingRules: rulesToJson(rules) as Record<string, unknown>, version: current.version + 1, updatedAt: new Date(),
            ...(connection ? {
              baseUrl: connection.baseUrl, dialect: connection.dialect, authKind: connection.credentials.kind, authHint: connection.authHint,
              credentialsCiphertext: sealCredentials(deps.cipher, id, connection.credentials),
            } : {}),
          });
          if (changed !== 1) throw AppError.conflict('The integration changed meanwhile; reload it and try again.', 'expectedVersion');
          if (pulls(direction) !== pulls(current.direction)) {
            await tx.nativeUpdate(SyncJob, { integrationId: id }, pulls(direction)
              ? { status: 'IDLE', updatedAt: new Date() }
              : { status: 'DISABLED', schedule: null, nextRunAt: null, updatedAt: new Date() });
          }
        });
      } catch (error) {
        throw conflictFromUniqueViolation(error, NAME_TAKEN) ?? error;
      }
      adapters.forget(id);
      updates.changed(id);
      em.clear();
      return (await em.findOne(Integration, { id }))!;
    },

    /** Removes the integration: its credentials are erased, pending deliveries skipped, its pulls stopped. */
    async remove(em: EntityManager, auth: AuthClaims, id: string): Promise<string> {
      const current = await findManaged(em, id, auth);
      await em.transactional(async (tx) => {
        const removed = await tx.nativeUpdate(Integration, { id, removedAt: null }, { removedAt: new Date(), credentialsCiphertext: '', version: current.version + 1 });
        if (removed !== 1) throw AppError.notFound('The integration');
        await tx.nativeUpdate(Delivery, { integrationId: id, status: 'PENDING' }, { status: 'SKIPPED', updatedAt: new Date() });
        await tx.nativeUpdate(SyncJob, { integrationId: id }, { status: 'DISABLED', nextRunAt: null, updatedAt: new Date() });
      });
      adapters.forget(id);
      updates.changed(id);
      deps.logger.info({ integrationId: id }, 'integration removed');
      return id;
    },

    /** The caller's integration, or null (the field is nullable: unknown and someone else's look the same). */
    find: (em: EntityManager, auth: AuthClaims, id: string) =>
      findManaged(em, id, auth).catch((error: unknown) => {
        if (isAppError(error) && error.code === ErrorCode.NOT_FOUND) return null;
        throw error;
      }),

    list(em: EntityManager, auth: AuthClaims, args: PageArgs & { type?: IntegrationType | null }) {
      const where: Record<string, unknown> = { removedAt: null };
      if (auth.role !== 'ADMIN') where.ownerId = auth.userId;
      if (args.type) where.type = args.type;
      return timeOrderedPage(em, Integration, where, args, INTEGRATION_PAGES, { field: 'createdAt', direction: 'desc' });
    },
  };
}

export type Integrations = ReturnType<typeof createIntegrations>;
