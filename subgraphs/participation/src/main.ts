/** Runs the participation subgraph as its own process (docker-compose.yml, or `npm start -w subgraphs/participation`). */
import { exitOnSignals, startSubgraph } from '@attendgate/platform';
import participation from './index.ts';

const running = await startSubgraph(participation);
exitOnSignals(running.runtime.shutdown, running.runtime.logger);
