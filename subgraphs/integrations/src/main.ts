/** Runs the integrations subgraph as its own process (docker-compose.yml, or `npm start -w subgraphs/integrations`). */
import { exitOnSignals, startSubgraph } from '@attendgate/platform';
import integrations from './index.ts';

const running = await startSubgraph(integrations);
exitOnSignals(running.runtime.shutdown, running.runtime.logger);
