import type { MikroORM } from '@mikro-orm/postgresql';
import { UpstreamError, type FieldCipher, type JobDefinition, type Logger } from '@attendgate/platform';
import type { Messaging } from '../adapters/messaging.ts';
import { ALERT_CONTACT_PHONE_PURPOSE } from '../services/venues.ts';
import { SEND_ALERT_JOB, type SendAlertJob } from './jobNames.ts';

/** The push topic a venue's operator apps subscribe to. */
export const venuePushTopic = (venueId: string) => `topic:attendgate-venue-${venueId}`;

const ALERT_TITLES: Record<string, string> = {
  EMERGENCY: '긴급 상황',
  LOW_BATTERY: '배터리 부족',
  TAMPER: '게이트 훼손 감지',
  GATE_FAULT: '게이트 이상',
  GATE_OFFLINE: '게이트 연결 끊김',
};

/**
 * Delivers one alert to the venue's operators: a push to the venue's topic, and for emergencies an SMS to each
 * alert contact. Each send carries a client reference (alert, channel, recipient), so a retried job does not
 * send twice what the provider already took. Transient failures throw (pg-boss retries the job, then
 * dead-letters it for an operator to redrive); a refusal that no retry can cure is logged and the job ends.
 */
export function sendAlertJob(deps: { orm: MikroORM; messaging: Messaging; cipher: FieldCipher; logger: Logger; retries: number; retryDelayMs: number }): JobDefinition<SendAlertJob> {
  return {
    name: SEND_ALERT_JOB,
    retryLimit: deps.retries,
    retryDelaySeconds: Math.max(1, Math.ceil(deps.retryDelayMs / 1000)),
    expireInSeconds: 120,
    concurrency: 4,
    handler: async ({ alertId }) => {
      const em = deps.orm.em.fork();
      const [alert] = await em.execute<{ venue_id: string; kind: string; message: string }[]>(`select venue_id, kind, message from gates.alert where id = ?`, [alertId]);
      if (!alert) return;
      const title = ALERT_TITLES[alert.kind] ?? 'attendgate';
      const sends: (() => Promise<string>)[] = [
        () => deps.messaging.push({ to: venuePushTopic(alert.venue_id), title, body: alert.message, clientReference: `${alertId}:push` }),
      ];
      if (alert.kind === 'EMERGENCY') {
        const contacts = await em.execute<{ id: string; phone_ciphertext: string }[]>(`select id, phone_ciphertext from gates.alert_contact where venue_id = ?`, [alert.venue_id]);
        for (const contact of contacts) {
          const to = deps.cipher.decrypt(contact.phone_ciphertext, ALERT_CONTACT_PHONE_PURPOSE);
          sends.push(() => deps.messaging.sms({ to, text: `[${title}] ${alert.message}`, clientReference: `${alertId}:sms:${contact.id}` }));
        }
      }
      let transient: unknown;
      for (const send of sends) {
        try {
          await send();
        } catch (error) {
          if (error instanceof UpstreamError && !error.transient) deps.logger.error({ err: error, alertId }, 'the messaging provider refused an alert');
          else transient ??= error;
        }
      }
      if (transient) throw transient;
    },
  };
}
