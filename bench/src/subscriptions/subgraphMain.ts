/** Runs one benchmark subgraph as its own process: `BENCH_SUBGRAPH=ticker|venues`, port from `<NAME>_PORT`. */
import { exitOnSignals, startSubgraph } from '@attendgate/platform';
import { BENCH_SUBGRAPHS } from './benchSubgraphs.ts';

const name = process.env.BENCH_SUBGRAPH as keyof typeof BENCH_SUBGRAPHS;
const definition = BENCH_SUBGRAPHS[name];
if (!definition) throw new Error(`BENCH_SUBGRAPH must be one of ${Object.keys(BENCH_SUBGRAPHS).join(', ')}`);
const running = await startSubgraph(definition);
exitOnSignals(running.runtime.shutdown, running.runtime.logger);
