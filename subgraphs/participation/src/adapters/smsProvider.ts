import { requestJson, UpstreamError, type ResiliencePolicy } from '@attendgate/platform';

/** The external system's name in logs, breaker states (/readyz) and errors. */
export const SMS_PROVIDER = 'sms-provider';
const SMS_PATH = '/v1/sms';

export interface SmsReceipt {
  messageId: string;
  /** SMS or LMS, as the provider chose by length. */
  type: string;
}

export interface SmsProvider {
  /**
   * Sends one text message through the resilience policy (timeout per attempt, retries of transient
   * failures, circuit breaker). `clientReference` makes the send idempotent at the provider: a retry after a
   * lost answer returns the first message instead of sending a second.
   */
  send(message: { to: string; text: string; clientReference: string }): Promise<SmsReceipt>;
}

/** Provider error codes that no retry can cure (the recipient or our own configuration is wrong). */
const PERMANENT_CODES: Record<string, string> = {
  INVALID_RECIPIENT: 'the recipient is not a mobile number that can take messages',
  SENDER_NOT_REGISTERED: 'our sender number is not registered with the provider (PARTICIPATION_SMS_SENDER)',
  INVALID_SENDER: 'our sender number is malformed (PARTICIPATION_SMS_SENDER)',
  UNAUTHORIZED: 'the provider does not accept our API key (PARTICIPATION_MESSAGING_API_KEY)',
  MESSAGE_TOO_LONG: 'the text is longer than an LMS',
};

/**
 * Client of the messaging provider's SMS API (POST /v1/sms with X-Api-Key; see simulators/README.md for the
 * shape). Failures come out as UpstreamError, `transient` only where trying again may help (network,
 * timeout, 5xx, 429), with the provider's code named in the message.
 */
export function createSmsProvider(options: { baseUrl: string; apiKey: string; sender: string; policy: ResiliencePolicy }): SmsProvider {
  const { baseUrl, apiKey, sender, policy } = options;
  async function request(message: { to: string; text: string; clientReference: string }, signal: AbortSignal): Promise<SmsReceipt> {
    let body: { messageId?: unknown; type?: unknown };
    try {
      body = await requestJson(SMS_PROVIDER, baseUrl, {
        method: 'POST',
        path: SMS_PATH,
        headers: { 'x-api-key': apiKey },
        body: { from: sender, to: message.to, text: message.text, clientReference: message.clientReference },
        signal,
      });
    } catch (error) {
      throw translate(error);
    }
    if (typeof body?.messageId !== 'string') throw new UpstreamError(SMS_PROVIDER, 'the provider answered without a message id', { status: 200, transient: false });
    return { messageId: body.messageId, type: typeof body.type === 'string' ? body.type : 'SMS' };
  }
  return {
    send: (message) => policy.execute((signal) => request(message, signal)),
  };
}

function translate(error: unknown): unknown {
  if (!(error instanceof UpstreamError)) return error;
  const code = (error.body as { code?: unknown } | undefined)?.code;
  const meaning = typeof code === 'string' ? PERMANENT_CODES[code] : undefined;
  if (!meaning) return error;
  return new UpstreamError(SMS_PROVIDER, `${meaning} (HTTP ${error.status ?? '?'}, ${code})`, { status: error.status, transient: false, body: error.body, cause: error });
}
