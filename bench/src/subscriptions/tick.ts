/**
 * What the subscription benchmark sends: one "tick" event per publish, resolved through the gateway as
 * `ticks { seq publishedAt padding venue { name } }` (the venue's name from a second subgraph), and sent by
 * the raw ws baseline as the same bytes.
 */

/** The event bus topic both targets listen on; each target has its own channel so rounds never overlap. */
export function tickTopic(channel: string): string {
  return `bench.ticks.${channel}`;
}

/** What the publisher puts on the bus. `publishedAt` is a wall-clock time in ms with sub-ms precision. */
export interface TickEvent {
  seq: number;
  publishedAt: number;
  venueId: string;
  padding: string;
}

export const TICKS_SUBSCRIPTION = 'subscription Ticks($channel: ID!) { ticks(channel: $channel) { seq publishedAt padding venue { name } } }';

/** The venue every tick names (resolved by the venues subgraph through `_entities`). */
export const VENUE_ID = 'venue-1';
export function venueName(id: string): string {
  return `Venue ${id}`;
}

/**
 * The execution result the gateway produces for a tick, serialized the way it serializes it (the selection's
 * field order): the raw baseline sends exactly these bytes, so both targets carry the same payload.
 */
export function tickResultJson(event: TickEvent): string {
  return JSON.stringify({ data: { ticks: { seq: event.seq, publishedAt: event.publishedAt, padding: event.padding, venue: { name: venueName(event.venueId) } } } });
}

/** A graphql-ws `next` message around a serialized result, as graphql-ws (and the gateway) frame it. */
export function nextMessage(id: string, resultJson: string): string {
  return `{"id":${JSON.stringify(id)},"type":"next","payload":${resultJson}}`;
}

/** Now as a wall-clock time in ms with sub-ms precision, comparable across processes on one machine. */
export function wallClockMs(): number {
  return performance.timeOrigin + performance.now();
}
