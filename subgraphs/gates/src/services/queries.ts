import type { EntityManager } from '@mikro-orm/postgresql';
import { pageRequest, toPage, type Page, type PageArgs } from '@attendgate/platform';
import { Alert, Attendance, Gate, GateCommandRecord, Venue } from '../entities/index.ts';
import { isUuid, T } from './deps.ts';

/** Page sizes of every list field: the default when a client asks for none, and the most it may ask for. */
export const PAGE_LIMITS = {
  venues: { defaultSize: 20, maxSize: 100 },
  gates: { defaultSize: 50, maxSize: 200 },
  commands: { defaultSize: 20, maxSize: 100 },
  attendance: { defaultSize: 50, maxSize: 200 },
  alerts: { defaultSize: 50, maxSize: 100 },
} as const;

export interface Connection<Node> extends Page<Node> {
  totalCount: number;
}

type NameKey = [string, string];
type TimeKey = [string, string];

/** Keyset condition "after (a, b)" for an ascending (or descending) two-part sort key. */
function after<K extends string, L extends string>(first: K, second: L, key: readonly [unknown, unknown] | undefined, descending = false) {
  if (!key) return {};
  const op = descending ? '$lt' : '$gt';
  const [a, b] = key;
  return { $or: [{ [first]: { [op]: a } }, { [first]: a, [second]: { [op]: b } }] };
}

/** The read side the resolvers page through (cursor = keyset, see platform/src/graphql/pagination.ts). */
export const queries = {
  async venues(em: EntityManager, args: PageArgs): Promise<Connection<Venue>> {
    const request = pageRequest<NameKey>(args, PAGE_LIMITS.venues, 2);
    const rows = await em.find(Venue, after('name', 'id', request.after), { orderBy: { name: 'asc', id: 'asc' }, limit: request.size + 1 });
    return { ...toPage(rows, request, (v) => [v.name, v.id]), totalCount: await em.count(Venue, {}) };
  },

  async gatesOfVenue(em: EntityManager, venueId: string, args: PageArgs): Promise<Connection<Gate>> {
    const request = pageRequest<NameKey>(args, PAGE_LIMITS.gates, 2);
    const where = { venue: venueId, ...after('name', 'id', request.after) };
    const rows = await em.find(Gate, where, { orderBy: { name: 'asc', id: 'asc' }, limit: request.size + 1 });
    return { ...toPage(rows, request, (g) => [g.name, g.id]), totalCount: await em.count(Gate, { venue: venueId }) };
  },

  async commandsOfGate(em: EntityManager, gateId: string, args: PageArgs): Promise<Connection<GateCommandRecord>> {
    const request = pageRequest<TimeKey>(args, PAGE_LIMITS.commands, 2);
    const key = request.after ? ([new Date(request.after[0]), request.after[1]] as const) : undefined;
    const rows = await em.find(GateCommandRecord, { gate: gateId, ...after('issuedAt', 'id', key, true) }, { orderBy: { issuedAt: 'desc', id: 'desc' }, limit: request.size + 1 });
    return { ...toPage(rows, request, (c) => [c.issuedAt.toISOString(), c.id]), totalCount: await em.count(GateCommandRecord, { gate: gateId }) };
  },

  async attendanceOfEvent(em: EntityManager, eventId: string, args: PageArgs): Promise<Connection<Attendance>> {
    const request = pageRequest<TimeKey>(args, PAGE_LIMITS.attendance, 2);
    if (!isUuid(eventId)) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const key = request.after ? ([new Date(request.after[0]), request.after[1]] as const) : undefined;
    const rows = await em.find(Attendance, { eventId, ...after('checkedInAt', 'id', key, true) }, { orderBy: { checkedInAt: 'desc', id: 'desc' }, limit: request.size + 1 });
    return { ...toPage(rows, request, (a) => [a.checkedInAt.toISOString(), a.id]), totalCount: await em.count(Attendance, { eventId }) };
  },

  /** Credentials admitted at least once, and inside now. */
  async attendanceCounts(em: EntityManager, eventId: string): Promise<{ admitted: number; inside: number }> {
    if (!isUuid(eventId)) return { admitted: 0, inside: 0 };
    const [row] = await em.execute<{ admitted: number; inside: number }[]>(
      `select count(*)::int as admitted, count(*) filter (where inside)::int as inside from ${T.presence} where event_id = ?`,
      [eventId],
    );
    return row ?? { admitted: 0, inside: 0 };
  },

  async openAlerts(em: EntityManager, venueId: string, first: number | null | undefined): Promise<Alert[]> {
    const { size } = pageRequest({ first }, PAGE_LIMITS.alerts, 2);
    return em.find(Alert, { venue: venueId, resolvedAt: null }, { orderBy: { raisedAt: 'desc', id: 'desc' }, limit: size });
  },
};
