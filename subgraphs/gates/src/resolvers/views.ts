/** What some GraphQL types resolve from, when that is not an entity. */

/** An event of the events subgraph, by key; this subgraph adds fields to it. */
export interface EventRef {
  id: string;
}

export interface ControlResultView {
  commandId: string;
  gateId: string;
}

export interface GeoPointView {
  lat: number;
  lng: number;
}

export const eventRef = (id: string): EventRef & { __typename: 'Event' } => ({ __typename: 'Event', id });
