import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A mobile line (회선) and the user it belongs to. The carrier (KOS) holds the subscription itself; billing
 * keeps which of our users a line belongs to, registered by an operator after checking it with KOS. A number
 * belongs to one user at most: a named unique constraint settles two registrations racing for it.
 */
export const LineSchema = defineEntity({
  name: 'Line',
  tableName: 'line',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid(),
    /** 010 and eight digits (domain/lineNumber.ts); shown masked to anyone but its user and admins. */
    phoneNumber: p.string().length(11),
    /** KOS's id of the subscription contract (svcContId). */
    kosSubscriberId: p.string().length(32),
    registeredBy: p.uuid(),
    registeredAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'line_phone_number_unique', properties: ['phoneNumber'] }],
  indexes: [{ name: 'line_user_id_registered_at_index', properties: ['userId', 'registeredAt', 'id'] }],
});

export class Line extends LineSchema.class {}
LineSchema.setClass(Line);
