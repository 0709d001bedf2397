import type { EntityManager, EntitySchema, MikroORM } from '@mikro-orm/postgresql';
import type { Router } from 'express';
import type { z } from 'zod';
import type { PermissionContext } from '../auth/rules.ts';
import type { IRules } from '../auth/shield.ts';
import type { BaseConfig } from '../config/baseConfig.ts';
import type { DomainEventType } from '../domainEvents/catalog.ts';
import type { DomainEventHandlers } from '../domainEvents/domainEventConsumers.ts';
import type { DomainEventPublisher } from '../domainEvents/domainEventPublisher.ts';
import type { FileUrls } from '../files/fileUrls.ts';
import type { Logger } from '../logging/logger.ts';
import type { JobQueue } from '../queue/jobQueue.ts';
import type { ServiceRuntime } from './serviceRuntime.ts';

/** What every resolver of every subgraph receives; subgraphs extend it with their services and loaders. */
export interface RequestContext extends PermissionContext {
  /** Correlates log lines across the gateway and subgraphs (the gateway's `x-request-id`). */
  requestId: string;
  /**
   * The end client's IP address as the gateway saw it, for per-address abuse limits. Signed by the gateway, so
   * it cannot be forged past it. Null when the work is not on behalf of one client (subscription events
   * shared by a group, jobs).
   */
  clientAddress: string | null;
  /** A fresh EntityManager per request (or per subscription event), never shared. */
  em: EntityManager;
  logger: Logger;
}

export interface SubgraphRuntime<Config extends BaseConfig = BaseConfig> extends ServiceRuntime<Config> {
  orm: MikroORM;
  queue: JobQueue;
  /** Publishes this subgraph's domain events inside its transactions. */
  events: DomainEventPublisher;
  /** Links to this subgraph's files as the gateway serves them (public or signed, expiring). */
  files: FileUrls;
}

/** What a subgraph's `setup` hands back once its services and job workers exist. */
export interface SubgraphApi<Context extends RequestContext> {
  /** The codegen-typed resolver map (`Resolvers` from src/generated). */
  resolvers: object;
  permissions: IRules;
  /** Adds the subgraph's request-scoped services and DataLoaders to the base context. */
  context(base: RequestContext): Context;
  /** Idempotently writes the demo data `npm start` shows; returns lines to print (logins and the like). */
  seedDemo?(): Promise<string[]>;
  /**
   * Files served through the gateway (`<PUBLIC_URL>/files/<subgraph>/...`): routes on this Router, mounted at
   * `/files` behind the gateway-signature door. `res.locals` holds the verified caller (FileRequestLocals);
   * routes reached through signed links put `runtime.files.requireSignedUrl` in front.
   */
  httpRoutes?(router: Router): void;
  /** One handler for each event type the definition `consumes`. */
  domainEventHandlers?: DomainEventHandlers;
  /**
   * Workers per consumed event type in one process (default 2). Each event is its own short transaction, so a
   * consumer of a high-rate event (ParticipantRegistered at hundreds per second) is bound by round trips, not
   * CPU, and needs more workers to keep up.
   */
  domainEventConcurrency?: number;
}

/**
 * A subgraph as the launcher, the test harness and its own `main.ts` see it. Every subgraph package exports
 * one of these as its default export, and the launcher discovers them, so adding a subgraph edits no
 * launcher code.
 */
export interface SubgraphDefinition<Shape extends z.ZodRawShape = z.ZodRawShape, Context extends RequestContext = RequestContext> {
  /** Also the Postgres schema and the queue-name prefix. */
  name: string;
  /** Port used when `<NAME>_PORT` is not set (4001-4007). */
  defaultPort: number;
  /** The subgraph's SDL file (Federation 2). */
  schemaFile: URL;
  entities: readonly EntitySchema<any, any>[];
  migrations: URL;
  /** The subgraph's own environment variables, validated with the base ones at start. */
  config: Shape;
  /**
   * The domain events this subgraph consumes. Declared here, not only in setup, so that migrations subscribe
   * the subgraph before any producer runs; each needs a handler in `domainEventHandlers`.
   */
  consumes?: readonly DomainEventType[];
  setup(runtime: SubgraphRuntime<BaseConfig & z.infer<z.ZodObject<Shape>>>): Promise<SubgraphApi<Context>>;
}

export function defineSubgraph<Shape extends z.ZodRawShape, Context extends RequestContext>(
  definition: SubgraphDefinition<Shape, Context>,
): SubgraphDefinition<Shape, Context> {
  return definition;
}
