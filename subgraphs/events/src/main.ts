/** Runs the events subgraph as its own process (docker-compose.yml, or `npm start -w subgraphs/events`). */
import { exitOnSignals, startSubgraph } from '@attendgate/platform';
import events from './index.ts';

const running = await startSubgraph(events);
exitOnSignals(running.runtime.shutdown, running.runtime.logger);
