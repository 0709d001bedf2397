import { defineEntity, p } from '@mikro-orm/postgresql';
import { VenueSchema } from './Venue.ts';

/**
 * A person who gets a venue's emergency alerts by SMS (its duty operators). The phone number is personal
 * data: stored encrypted (AES-256-GCM), found through its blind index, shown masked.
 */
export const AlertContactSchema = defineEntity({
  name: 'AlertContact',
  tableName: 'alert_contact',
  properties: {
    id: p.uuid().primary(),
    venue: () => p.manyToOne(VenueSchema).deleteRule('cascade'),
    name: p.string().length(100),
    phoneCiphertext: p.text().hidden(),
    phoneIndex: p.string().length(64).hidden(),
    maskedPhone: p.string().length(20),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'alert_contact_venue_phone_unique', properties: ['venue', 'phoneIndex'] }],
});

export class AlertContact extends AlertContactSchema.class {}
AlertContactSchema.setClass(AlertContact);
