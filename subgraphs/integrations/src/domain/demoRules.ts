/**
 * The mapping rules of the demo CRM integration (`npm start`), also a readable example of every kind of
 * rule: renames, a constant, a value map, special cases, a date format change, a condition and a
 * concatenation. A CRM contact per participant goes out; CRM contacts come in as the audience.
 */
export const DEMO_CRM_RULES = {
  push: {
    ParticipantRegistered: {
      fields: [
        { target: 'external_ref', from: 'data.customerKey', required: true },
        { target: 'full_name', from: 'data.contact.name' },
        { target: 'phone', from: 'data.contact.phone', special: 'koreanMobileToE164' },
        { target: 'source', const: 'attendgate' },
        { target: 'lifecycle_stage', from: 'data.storeVisited', map: { values: { true: 'customer', false: 'lead' } } },
        { target: 'first_seen_on', from: 'data.registeredAt', date: { from: 'ISO', to: 'YYYY-MM-DD', zone: 'KST' } },
        { target: 'note', concat: { parts: [{ literal: 'entry' }, { path: 'data.entryNumber' }, { literal: 'via' }, { path: 'data.entryPath' }], separator: ' ' } },
        { target: 'tags', const: ['store-visit'], when: { path: 'data.storeVisited', equals: true } },
      ],
    },
  },
  pull: {
    fields: [
      { target: 'name', from: 'full_name', special: 'trim' },
      { target: 'email', from: 'email', special: 'lowercase' },
      { target: 'phone', from: 'phone', special: 'koreanMobileToE164' },
      { target: 'marketingConsent', from: 'marketing_opt_in', convert: 'boolean', default: false },
      { target: 'attributes.stage', from: 'lifecycle_stage', map: { values: { customer: 'CUSTOMER', lead: 'LEAD' }, fallback: 'OTHER' } },
    ],
  },
} as const;
