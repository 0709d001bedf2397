import { defineEntity, p } from '@mikro-orm/postgresql';
import { AUTH_KINDS, CONNECTION_DIALECTS } from '../domain/connection.ts';
import { INTEGRATION_TYPES, SYNC_DIRECTIONS } from '../domain/integrationRules.ts';

/**
 * A connection from one owner to one external system (seed 001's IntegrationGateway registry entry).
 *
 * The credentials (API key, client secret, password) are one AES-256-GCM ciphertext bound to this row's id
 * (the platform cipher, associated data `integrations.integration.credentials:<id>`), never returned by the
 * API and never logged. `platformWide` integrations (made by admins) receive every event; an owner's receive
 * the events of that owner's events. `version` counts changes, so concurrent edits cannot overwrite each other.
 */
export const IntegrationSchema = defineEntity({
  name: 'Integration',
  tableName: 'integration',
  properties: {
    id: p.uuid().primary(),
    ownerId: p.uuid(),
    platformWide: p.boolean().default(false),
    type: p.enum(INTEGRATION_TYPES),
    name: p.string().length(100),
    baseUrl: p.string().length(500),
    dialect: p.enum(CONNECTION_DIALECTS),
    authKind: p.enum(AUTH_KINDS),
    /** Non-secret parts of the auth shown back (client id, user name, header); never the secret. */
    authHint: p.string().length(200).nullable(),
    credentialsCiphertext: p.text(),
    direction: p.enum(SYNC_DIRECTIONS),
    subscribedEvents: p.array().default([]),
    mappingRules: p.json<Record<string, unknown>>(),
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    lastTestedAt: p.datetime().nullable(),
    lastTestCode: p.string().length(40).nullable(),
    removedAt: p.datetime().nullable(),
  },
  uniques: [{ name: 'integration_owner_name_unique', properties: ['ownerId', 'name'], where: 'removed_at is null' }],
  indexes: [{ name: 'integration_owner_id_created_at_index', properties: ['ownerId', 'createdAt', 'id'] }],
});

export class Integration extends IntegrationSchema.class {}
IntegrationSchema.setClass(Integration);
