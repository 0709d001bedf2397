/**
 * The gateway as its own process (`npm start -w gateway`, docker compose): start, say where, stop cleanly
 * on SIGINT/SIGTERM.
 */
import { createLogger, exitOnSignals } from '@attendgate/platform';
import { startGateway } from './startGateway.ts';

try {
  const gateway = await startGateway();
  gateway.runtime.logger.info({ url: gateway.url }, `gateway listening on ${gateway.url}`);
  exitOnSignals(gateway.runtime.shutdown, gateway.runtime.logger);
} catch (error) {
  createLogger({ service: 'gateway' }).fatal({ err: error }, 'gateway failed to start');
  process.exitCode = 1;
}
