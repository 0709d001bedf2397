import {
  AppError, ErrorCode, openPersonalData, sqlQuery, timeOrderedPage, type DomainEvent, type PageArgs,
} from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Json } from '../domain/fieldPath.ts';
import { parseRuleSet } from '../domain/mappingRules.ts';
import type { PushEventType } from '../domain/pushEvents.ts';
import { transformRecord } from '../domain/transformRecord.ts';
import { Delivery, EventOwner, Integration } from '../entities/index.ts';
import { DELIVER_JOB, type DeliverJobData } from '../jobs/jobNames.ts';
import type { Adapters } from './adapters.ts';
import type { IntegrationsDeps } from './deps.ts';

const DELIVERY_PAGES = { defaultSize: 20, maxSize: 100 };
/** Most dead letters one replay may name; replaying all of an integration's has no such list. */
export const MAX_REPLAY_IDS = 100;
const MAX_ERROR_MESSAGE = 300;
/**
 * How long an event whose owner is unknown is retried before it goes to platform-wide integrations only:
 * the domain-event retries span about four minutes, and an EventPublished that has not come by then was
 * published before this subgraph subscribed.
 */
const UNKNOWN_OWNER_WAIT_MS = 3 * 60_000;

/** The events whose payload names the owner; the others are routed through the event's recorded owner. */
const ownerOf = (event: DomainEvent<PushEventType>): string | null =>
  'ownerId' in event.data && typeof event.data.ownerId === 'string' ? event.data.ownerId : null;

/**
 * Push sync (seed 001: 푸시 동기화, event-driven). A consumed domain event becomes one delivery row and one job
 * per subscribed integration, in the consumer's transaction (so an event is routed exactly once however often
 * the queue delivers it). The job transforms the event with the integration's rules and sends it through the
 * adapter (auth, in-call retries with backoff, the integration's breaker). A failure the system may get over
 * (5xx, timeout, 429, open circuit) is tried again later as a new job, backing off, up to the configured
 * attempts; a refusal (4xx, a record the rules cannot transform) or the last attempt makes it a dead letter,
 * which the owner replays. The delivery's id is the idempotency key the system sees on every attempt, so a
 * retry after a lost answer is not applied twice there.
 */
export function createPushSync(deps: IntegrationsDeps, collaborators: { adapters: Adapters }) {
  const { adapters } = collaborators;
  const { config } = deps;

  const backoffMs = (attempts: number) =>
    Math.min(config.INTEGRATIONS_DELIVERY_RETRY_DELAY_MS * 2 ** Math.max(0, attempts - 1), config.INTEGRATIONS_DELIVERY_MAX_RETRY_DELAY_MS);

  /** The document the rules read: the event's envelope and payload, with its sealed contact opened. */
  function sourceDocument(delivery: Delivery): Record<string, Json> {
    const data = { ...(delivery.payload as Record<string, Json>) };
    if (delivery.eventType === 'ParticipantRegistered' && typeof data.contact === 'string') {
      data.contact = { ...openPersonalData(deps.cipher, 'ParticipantRegistered', data.contact) };
    }
    return { eventType: delivery.eventType, eventId: delivery.domainEventId, occurredAt: delivery.occurredAt.toISOString(), data };
  }

  async function markDead(id: string, code: string, message: string, attempts: number) {
    await deps.orm.em.fork().nativeUpdate(Delivery, { id, status: 'PENDING' }, {
      status: 'DEAD', attempts, lastErrorCode: code, lastErrorMessage: message.slice(0, MAX_ERROR_MESSAGE), updatedAt: new Date(),
    });
  }

  return {
    /** Domain event handler: routes the event to the integrations that subscribe to it. */
    async route(event: DomainEvent<PushEventType>, em: EntityManager): Promise<void> {
      if (event.type === 'EventPublished') {
        const published = event as DomainEvent<'EventPublished'>;
        await sqlQuery(em, 'insert into integrations.event_owner (event_id, owner_id, recorded_at) values ($1, $2, now()) on conflict (event_id) do nothing',
          [published.data.eventId, published.data.ownerId]);
      }
      let owner = ownerOf(event);
      if (!owner) {
        const eventId = (event.data as { eventId: string }).eventId;
        const record = await em.findOne(EventOwner, { eventId });
        owner = record?.ownerId ?? null;
        // The event's EventPublished is consumed on another queue and may not have arrived yet: retry. Past a
        // while it never will (the event was published before this subgraph subscribed): platform-wide only.
        if (!owner && Date.now() - Date.parse(event.occurredAt) < UNKNOWN_OWNER_WAIT_MS) throw new Error(`the owner of event ${eventId} is not known yet`);
        if (!owner) deps.logger.info({ domainEventId: event.id, eventId }, 'owner of the event unknown; routed to platform-wide integrations only');
      }
      const inserted = await sqlQuery<{ id: string }>(em, `insert into integrations.delivery
          (id, integration_id, domain_event_id, event_type, occurred_at, payload, status, attempts, created_at, updated_at)
        select gen_random_uuid(), i.id, $1::uuid, $2::text, $3::timestamptz, $4::jsonb, 'PENDING', 0, $6::timestamptz, $6::timestamptz
          from integrations.integration i
         where i.removed_at is null and i.direction in ('PUSH', 'BOTH') and $2::text = any(i.subscribed_events)
           and (i.owner_id = $5::uuid or i.platform_wide)
        on conflict (integration_id, domain_event_id) do nothing
        returning id`, [event.id, event.type, event.occurredAt, JSON.stringify(event.data), owner, new Date()]);
      if (inserted.length) await deps.queue.sendManyInTransaction<DeliverJobData>(em, DELIVER_JOB, inserted.map((row) => ({ deliveryId: row.id })));
    },

    /** The deliver job: one attempt (with the adapter's in-call retries) at sending one delivery. */
    async deliver(deliveryId: string): Promise<void> {
      const em = deps.orm.em.fork();
      const delivery = await em.findOne(Delivery, { id: deliveryId });
      if (!delivery || delivery.status !== 'PENDING') return;
      const integration = await em.findOne(Integration, { id: delivery.integrationId, removedAt: null });
      if (!integration || !(integration.subscribedEvents as string[]).includes(delivery.eventType) || integration.direction === 'PULL') {
        await em.nativeUpdate(Delivery, { id: deliveryId, status: 'PENDING' }, { status: 'SKIPPED', updatedAt: new Date() });
        return;
      }
      const attempts = delivery.attempts + 1;
      const ruleSet = parseRuleSet((integration.mappingRules as { push?: Record<string, unknown> }).push?.[delivery.eventType]).ruleSet;
      const transformed = ruleSet ? transformRecord(ruleSet, sourceDocument(delivery)) : null;
      if (!transformed || !transformed.ok) {
        await markDead(deliveryId, ErrorCode.RECORD_INVALID, transformed ? `${transformed.stage.toLowerCase()}: ${transformed.reason}` : 'no push rules for this event', attempts);
        return;
      }
      const { adapter } = adapters.for(integration);
      try {
        await adapter.push(transformed.output, delivery.id);
        await em.nativeUpdate(Delivery, { id: deliveryId, status: 'PENDING' }, { status: 'DELIVERED', attempts, deliveredAt: new Date(), lastErrorCode: null, lastErrorMessage: null, updatedAt: new Date() });
      } catch (error) {
        const translated = adapter.translateError(error);
        deps.logger.warn({ integrationId: integration.id, deliveryId, attempts, code: translated.code, err: error }, 'push delivery failed');
        if (!translated.transient || attempts >= config.INTEGRATIONS_DELIVERY_ATTEMPTS) {
          await markDead(deliveryId, translated.code, translated.message, attempts);
          return;
        }
        await em.transactional(async (tx) => {
          await tx.nativeUpdate(Delivery, { id: deliveryId, status: 'PENDING' }, {
            attempts, lastErrorCode: translated.code, lastErrorMessage: translated.message.slice(0, MAX_ERROR_MESSAGE), updatedAt: new Date(),
          });
          await deps.queue.sendInTransaction<DeliverJobData>(tx, DELIVER_JOB, { deliveryId }, { startAfter: new Date(Date.now() + backoffMs(attempts)) });
        });
      }
    },

    /**
     * Puts dead letters back in the queue with a fresh attempt count. The conditional update moves each dead
     * letter once, so concurrent replays never send one twice (and the key would dedupe it anyway).
     */
    async replay(em: EntityManager, integrationId: string, deliveryIds: readonly string[] | null | undefined): Promise<number> {
      if (deliveryIds && (deliveryIds.length === 0 || deliveryIds.length > MAX_REPLAY_IDS)) {
        throw AppError.badInput(`deliveryIds lists 1 to ${MAX_REPLAY_IDS} deliveries (or leave it out to replay all).`, 'deliveryIds');
      }
      return em.transactional(async (tx) => {
        const ids = deliveryIds ? [...new Set(deliveryIds)] : null;
        if (ids?.some((id) => !/^[0-9a-f-]{36}$/i.test(id))) throw AppError.badInput('deliveryIds are delivery ids.', 'deliveryIds');
        const moved = await sqlQuery<{ id: string }>(tx, `update integrations.delivery set status = 'PENDING', attempts = 0, updated_at = now()
          where integration_id = $1 and status = 'DEAD' ${ids ? 'and id = any($2::uuid[])' : ''} returning id`, ids ? [integrationId, ids] : [integrationId]);
        if (moved.length) await deps.queue.sendManyInTransaction<DeliverJobData>(tx, DELIVER_JOB, moved.map((row) => ({ deliveryId: row.id })));
        return moved.length;
      });
    },

    list: (em: EntityManager, integrationId: string, args: PageArgs & { status?: string | null }) =>
      timeOrderedPage(em, Delivery, args.status ? { integrationId, status: args.status as Delivery['status'] } : { integrationId }, args, DELIVERY_PAGES, { field: 'createdAt', direction: 'desc' }),
  };
}

export type PushSync = ReturnType<typeof createPushSync>;
