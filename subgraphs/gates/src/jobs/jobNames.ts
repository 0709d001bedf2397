/** Queue names and payloads of the gates subgraph's jobs (apart from the workers, so services can enqueue). */

/** Sends one alert to the venue's operators: push to the venue's topic, and SMS to its contacts for emergencies. */
export const SEND_ALERT_JOB = 'gates.send-alert';

export interface SendAlertJob {
  alertId: string;
}
