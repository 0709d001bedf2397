/** Values the global setup hands to every test file (vitest `provide`/`inject`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the `postgres` maintenance database of the server tests use. */
    postgresAdminUrl: string;
    /** A migrated database (every subgraph, plus pg-boss) that test databases are copied from. */
    templateDatabase: string;
    redisUrl: string;
    /** Prefix of this run's test databases, so teardown can drop what crashed files left behind. */
    testRunId: string;
  }
}

export {};
