export { createLogger, type Logger, type LoggerOptions } from './logger.ts';
export { redactPii } from './piiRedaction.ts';
