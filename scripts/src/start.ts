/**
 * `npm start`: the whole system on this machine with no set-up (see README "Quick start").
 * Ctrl-C stops everything cleanly; a second Ctrl-C exits at once.
 */
import { createLogger } from '@attendgate/platform';
import { launch } from './launcher.ts';

const logger = createLogger({ service: 'launcher', level: (process.env.LOG_LEVEL as 'info') ?? 'info' });

try {
  const system = await launch(process.env, logger);
  const wsUrl = system.gatewayUrl.replace(/^http/, 'ws');
  const lines = [
    '',
    'attendgate is running',
    `  GraphQL (HTTP):        ${system.gatewayUrl}`,
    `  GraphQL (WebSocket):   ${wsUrl}`,
    `  Apollo Sandbox:        ${system.gatewayUrl} (open in a browser)`,
    `  Simulators:            ${system.simulatorsUrl}`,
    ...system.subgraphs.map((s) => `  subgraph ${s.name.padEnd(14)}${s.url}`),
    '',
    ...(system.demo.length ? ['Demo logins:', ...system.demo.map((line) => `  ${line}`), ''] : []),
    'Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n'));

  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    logger.info({ signal }, 'stopping');
    system.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
} catch (error) {
  logger.fatal({ err: error }, 'attendgate failed to start');
  process.exitCode = 1;
}
