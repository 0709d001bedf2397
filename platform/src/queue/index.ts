export { createJobQueue, DEAD_LETTER_SUFFIX, type JobQueue, type JobDefinition, type JobQueueOptions, type QueuePolicy } from './jobQueue.ts';
export { transactionDb } from './transactionDb.ts';
