import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A person pulled from an integration's system (a CRM contact, an LMS learner, a marketing subscriber, an ERP
 * customer's contact), as its pull rules transformed them: the integration's audience. The transformed
 * record is personal data, so it is stored sealed (AES-256-GCM, bound to the row); only the non-personal
 * `consent` and timestamps are in the clear. Upserted by (integration, external id), so pulling a record
 * again changes it instead of adding one.
 */
export const AudienceMemberSchema = defineEntity({
  name: 'AudienceMember',
  tableName: 'audience_member',
  properties: {
    id: p.uuid().primary(),
    integrationId: p.uuid(),
    externalId: p.string().length(200),
    recordCiphertext: p.text(),
    marketingConsent: p.boolean().nullable(),
    firstSyncedAt: p.datetime(),
    lastSyncedAt: p.datetime(),
  },
  uniques: [{ name: 'audience_member_integration_external_unique', properties: ['integrationId', 'externalId'] }],
  indexes: [{ name: 'audience_member_integration_id_first_synced_at_index', properties: ['integrationId', 'firstSyncedAt', 'id'] }],
});

export class AudienceMember extends AudienceMemberSchema.class {}
AudienceMemberSchema.setClass(AudienceMember);
