export { composeSupergraph, CompositionError, type Composition, type SubgraphSource } from './composeSupergraph.ts';
