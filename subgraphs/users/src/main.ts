/** Runs the users subgraph as its own process (docker-compose.yml, or `npm start -w subgraphs/users`). */
import { exitOnSignals, startSubgraph } from '@attendgate/platform';
import users from './index.ts';

const running = await startSubgraph(users);
exitOnSignals(running.runtime.shutdown, running.runtime.logger);
