import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';
import { redactPii } from './piiRedaction.ts';

export type Logger = PinoLogger;

export interface LoggerOptions {
  /** The service name stamped on every line (`users`, `gateway`). */
  service: string;
  level?: LevelWithSilent;
}

/**
 * The one logger factory: JSON lines on stdout with the service name, ISO times, and PII masked.
 *
 * Request handlers log through `logger.child({ requestId })`, so one request can be followed across the gateway
 * and the subgraphs by the id the gateway forwards.
 */
export function createLogger({ service, level = 'info' }: LoggerOptions): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (record) => redactPii(record) as Record<string, unknown>,
    },
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  });
}
