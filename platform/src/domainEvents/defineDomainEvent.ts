import type { z } from 'zod';

/**
 * The contract of one domain event: its name, the version of its payload, the one subgraph that publishes
 * it, and the payload's schema.
 *
 * Subgraphs never import each other, so the contracts between them live here, in the platform, where a
 * producer and its consumers read the same definition. A payload change that is not backward compatible
 * is a new version (a new contract beside the old one), never an edit of the old one: queued events of the
 * old version must still parse.
 */
export interface DomainEventContract<Type extends string = string, Data extends z.ZodType = z.ZodType> {
  readonly type: Type;
  readonly version: number;
  /** The subgraph that publishes it; no other subgraph may. */
  readonly source: string;
  readonly description: string;
  readonly data: Data;
}

export function defineDomainEvent<const Type extends string, Data extends z.ZodType>(
  contract: DomainEventContract<Type, Data>,
): DomainEventContract<Type, Data> {
  return contract;
}
