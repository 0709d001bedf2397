/** Queue names of the integrations subgraph's jobs (prefixed with the subgraph, as every queue is). */
export const DELIVER_JOB = 'integrations.deliver';
export const PULL_RUN_JOB = 'integrations.pull-run';

export interface DeliverJobData {
  deliveryId: string;
}

export interface PullRunJobData {
  runId: string;
}
