import { defineEntity, p } from '@mikro-orm/postgresql';
import { MEDIA_CHANNELS } from '@attendgate/platform';
import { EventFactsSchema } from './EventFacts.ts';

/**
 * One customer's entry in one event (UFR-PART-010). Personal data is encrypted at rest with the platform
 * cipher (associated data naming the column, so a value copied into another column does not decrypt): the
 * phone is found only through its keyed blind index, which is also the domain events' `customerKey`.
 * The masked forms the owner sees (김**, 010-****-1234) are stored beside them, so lists and CSV exports
 * never decrypt anything; only the winner's text message and the sealed event payload open the cipher.
 *
 * `participation_event_phone_unique` is what makes "one entry per phone per event" hold under concurrency;
 * `participation_event_entry_sequence_unique` backs the entry-number allocator.
 */
export const ParticipationSchema = defineEntity({
  name: 'Participation',
  tableName: 'participation',
  properties: {
    id: p.uuid().primary(),
    event: () => p.manyToOne(EventFactsSchema).deleteRule('cascade'),
    entrySequence: p.integer(),
    entryNumber: p.string().length(24),
    nameCiphertext: p.text().hidden(),
    phoneCiphertext: p.text().hidden(),
    /** Blind index of the normalised phone (purpose `customer.phone`). */
    phoneIndex: p.string().length(64).hidden(),
    maskedName: p.string().length(64),
    maskedPhone: p.string().length(16),
    entryPath: p.enum(MEDIA_CHANNELS),
    storeVisited: p.boolean(),
    /** When the customer agreed to the collection and use of their data (the form's 개인정보동의). */
    consentedAt: p.datetime(),
    won: p.boolean().default(false),
    registeredAt: p.datetime(),
  },
  uniques: [
    { name: 'participation_event_phone_unique', properties: ['event', 'phoneIndex'] },
    { name: 'participation_event_entry_sequence_unique', properties: ['event', 'entrySequence'] },
  ],
  indexes: [{ name: 'participation_event_registered_index', properties: ['event', 'registeredAt', 'id'] }],
});

export class Participation extends ParticipationSchema.class {}
ParticipationSchema.setClass(Participation);
