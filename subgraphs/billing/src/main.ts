/** Runs the billing subgraph as its own process (docker-compose.yml, or `npm start -w subgraphs/billing`). */
import { exitOnSignals, startSubgraph } from '@attendgate/platform';
import billing from './index.ts';

const running = await startSubgraph(billing);
exitOnSignals(running.runtime.shutdown, running.runtime.logger);
