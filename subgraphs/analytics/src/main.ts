/** Runs the analytics subgraph as its own process (docker-compose.yml, or `npm start -w subgraphs/analytics`). */
import { exitOnSignals, startSubgraph } from '@attendgate/platform';
import analytics from './index.ts';

const running = await startSubgraph(analytics);
exitOnSignals(running.runtime.shutdown, running.runtime.logger);
