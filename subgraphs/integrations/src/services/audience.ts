import { maskEmail, maskName, maskPhone, sqlQuery, timeOrderedPage, type FieldCipher, type PageArgs } from '@attendgate/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { AudienceRecord } from '../domain/audienceRecord.ts';
import { AudienceMember } from '../entities/index.ts';

const AUDIENCE_PAGES = { defaultSize: 50, maxSize: 200 };
const purpose = (integrationId: string, externalId: string) => `integrations.audience_member:${integrationId}:${externalId}`;

export interface AudienceMemberView {
  externalId: string;
  maskedName: string | null;
  maskedEmail: string | null;
  maskedPhone: string | null;
  marketingConsent: boolean | null;
  firstSyncedAt: Date;
  lastSyncedAt: Date;
}

/** The people pulled into an integration's audience: sealed at rest, shown masked. */
export function createAudience(cipher: FieldCipher) {
  return {
    /** Inserts or updates one member (by the system's id) inside the page's transaction. */
    async upsert(em: EntityManager, integrationId: string, externalId: string, record: AudienceRecord): Promise<void> {
      await sqlQuery(em, `insert into integrations.audience_member (id, integration_id, external_id, record_ciphertext, marketing_consent, first_synced_at, last_synced_at)
        values ($1, $2, $3, $4, $5, $6, $6)
        on conflict (integration_id, external_id) do update set record_ciphertext = excluded.record_ciphertext, marketing_consent = excluded.marketing_consent, last_synced_at = $6`,
      // The time from here, not now(): page cursors carry milliseconds, Postgres keeps microseconds.
      [randomUUID(), integrationId, externalId, cipher.encrypt(JSON.stringify(record), purpose(integrationId, externalId)), record.marketingConsent ?? null, new Date()]);
    },

    async list(em: EntityManager, integrationId: string, args: PageArgs) {
      const page = await timeOrderedPage(em, AudienceMember, { integrationId }, args, AUDIENCE_PAGES, { field: 'firstSyncedAt', direction: 'asc' });
      return { pageInfo: page.pageInfo, nodes: page.nodes.map((row): AudienceMemberView => {
        const record = JSON.parse(cipher.decrypt(row.recordCiphertext, purpose(row.integrationId, row.externalId))) as AudienceRecord;
        return {
          externalId: row.externalId,
          maskedName: record.name ? maskName(record.name) : null,
          maskedEmail: record.email ? maskEmail(record.email) : null,
          maskedPhone: record.phone ? maskPhone(record.phone) : null,
          marketingConsent: row.marketingConsent ?? null,
          firstSyncedAt: row.firstSyncedAt,
          lastSyncedAt: row.lastSyncedAt,
        };
      }) };
    },

    count: (em: EntityManager, integrationId: string) => em.count(AudienceMember, { integrationId }),
  };
}

export type Audience = ReturnType<typeof createAudience>;
