export { defineSubgraph, type SubgraphDefinition, type SubgraphApi, type SubgraphRuntime, type RequestContext } from './defineSubgraph.ts';
export { startSubgraph, type RunningSubgraph, type StartOptions } from './startSubgraph.ts';
export { createSubgraphServer, type SubgraphServer } from './createSubgraphServer.ts';
export { createServiceRuntime, type ServiceRuntime } from './serviceRuntime.ts';
export { createShutdown, exitOnSignals, type Shutdown } from './shutdown.ts';
export { mountHealth, type ReadinessCheck } from './health.ts';
export { envPrefix, databaseUrlFor } from './envPrefix.ts';
export { authenticate } from './requestAuth.ts';
export { subgraphPackages, discoverSubgraphs, type SubgraphPackage } from './discoverSubgraphs.ts';
