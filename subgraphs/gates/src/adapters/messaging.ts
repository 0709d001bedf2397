import { requestJson, type ResiliencePolicy } from '@attendgate/platform';

/** The external system's name in logs, breaker states and errors. */
export const MESSAGING = 'messaging';

export interface Messaging {
  /** A push notification to a device token or `topic:<name>`. */
  push(message: { to: string; title: string; body: string; clientReference: string }): Promise<string>;
  /** An SMS (LMS when long) from our registered sender number. */
  sms(message: { to: string; text: string; clientReference: string }): Promise<string>;
}

interface Accepted {
  messageId: string;
}

/**
 * Client of the messaging provider (push, SMS), behind the resilience policy: every call has a timeout and
 * goes through the breaker and the retries; failures are UpstreamErrors classified transient or not by
 * `requestJson`. `clientReference` makes a send idempotent at the provider: a retried request, or a retried
 * job, is answered with the message already accepted instead of a second message.
 */
export function createMessaging(options: { baseUrl: string; apiKey: string; sender: string; policy: ResiliencePolicy }): Messaging {
  const { baseUrl, apiKey, sender, policy } = options;
  const send = (path: string, body: object) =>
    policy.execute(async (signal) => {
      const answer = await requestJson<Accepted>(MESSAGING, baseUrl, { method: 'POST', path, body, headers: { 'x-api-key': apiKey }, signal });
      return answer.messageId;
    });
  return {
    push: (message) => send('/v1/push', message),
    sms: (message) => send('/v1/sms', { from: sender, ...message }),
  };
}
