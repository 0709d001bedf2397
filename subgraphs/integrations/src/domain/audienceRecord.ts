import type { Json } from './fieldPath.ts';

/**
 * What a pulled record must become to join an integration's audience (the internal side of pull sync): the
 * JSON Schema every pull rule set's output is checked against, after the rule set's own `outputSchema`.
 * Closed (`additionalProperties: false`), so a mapping cannot smuggle arbitrary data into our tables.
 */
export const AUDIENCE_RECORD_SCHEMA: Record<string, Json> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    email: { type: 'string', format: 'email', maxLength: 254 },
    phone: { type: 'string', minLength: 5, maxLength: 30 },
    marketingConsent: { type: 'boolean' },
    attributes: { type: 'object', maxProperties: 50 },
  },
  // At least one way to know who it is; each branch names its property, as Ajv's strict mode wants.
  anyOf: ['email', 'phone', 'name'].map((key) => ({ properties: { [key]: { type: 'string' } }, required: [key] })),
};

export interface AudienceRecord {
  name?: string;
  email?: string;
  phone?: string;
  marketingConsent?: boolean;
  attributes?: Record<string, Json>;
}
