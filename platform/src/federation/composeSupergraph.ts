import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

export interface SubgraphSource {
  name: string;
  url: string;
  typeDefs: string;
}

export interface Composition {
  /** The supergraph SDL the gateway loads (with join directives and routing URLs). */
  supergraphSdl: string;
  /** The client-facing schema: what Sandbox shows and client codegen types against. */
  apiSchemaSdl: string;
  hints: string[];
}

/** Composition failed; the message lists every error composition reported. */
export class CompositionError extends Error {
  constructor(errors: readonly { message: string }[]) {
    super(`Supergraph composition failed:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/**
 * Composes subgraph SDLs into the supergraph with @apollo/composition (the same library the gateway's
 * federation version comes from). Used by `npm run compose`, the staleness test and the test harness, which
 * composes against the ports of the subgraphs it started.
 */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): Composition {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.typeDefs) })));
  if (result.errors) throw new CompositionError(result.errors);
  const apiSchema = result.schema.toAPISchema();
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: printSchema(apiSchema.toGraphQLJSSchema()),
    hints: result.hints.map((hint) => hint.toString()),
  };
}
