/** Runs the gates subgraph as its own process (docker-compose.yml, or `npm start -w subgraphs/gates`). */
import { exitOnSignals, startSubgraph } from '@attendgate/platform';
import gates from './index.ts';

const running = await startSubgraph(gates);
exitOnSignals(running.runtime.shutdown, running.runtime.logger);
