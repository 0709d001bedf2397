export { createOrm, ormConfig, type OrmOptions } from './createOrm.ts';
export { migrate } from './migrate.ts';
export { migrateSubgraph } from './migrateSubgraph.ts';
export { conflictFromUniqueViolation } from './uniqueViolation.ts';
export { ensureDatabase } from './ensureDatabase.ts';
export { startEmbeddedPostgres, freePort, type EmbeddedDatabase } from './embeddedPostgres.ts';
export { sqlQuery } from './sqlQuery.ts';
export { timeOrderedPage } from './timeOrderedPage.ts';
export { createBatcher, type Batcher, type BatcherOptions } from './groupCommit.ts';
