import type { MikroORM } from '@mikro-orm/postgresql';
import { UpstreamError, type Logger } from '@attendgate/platform';
import type { SmsProvider } from '../adapters/smsProvider.ts';
import { winnerMessage } from '../domain/winnerMessage.ts';
import type { NotificationStatus } from '../entities/index.ts';
import type { PersonalData } from './personalData.ts';
import { TABLES } from './tables.ts';

interface WinnerContactRow {
  notification_status: NotificationStatus;
  name_ciphertext: string;
  phone_ciphertext: string;
  entry_number: string;
  title: string | null;
  prize_name: string | null;
}

const MAX_ERROR_LENGTH = 200;

/**
 * Texts one winner (the job's work). Decrypts the phone only here, sends with an idempotent client
 * reference, and records the outcome on the winner row:
 *
 * - accepted by the provider: SENT with the provider's message id (a later run does nothing);
 * - refused for good (the number cannot take messages, our sender or key is wrong): FAILED with why, and the
 *   job ends: retrying cannot help;
 * - failed transiently after the run's retries: stays PENDING with the error, and the job is retried by the
 *   queue; on its last attempt it becomes FAILED and the job goes to the dead-letter queue, from where an
 *   operator redrives it once the provider is back (a redriven run sends and marks it SENT).
 */
export function createWinnerNotifications(deps: { orm: MikroORM; sms: SmsProvider; personalData: PersonalData; logger: Logger }) {
  const log = deps.logger.child({ component: 'winner-notifications' });

  async function record(participationId: string, status: NotificationStatus, fields: { messageId?: string | null; error?: string | null; notifiedAt?: Date | null }) {
    await deps.orm.em.fork().execute(
      `update ${TABLES.winner} set notification_status = ?, message_id = coalesce(?, message_id), notification_error = ?, notified_at = coalesce(?, notified_at)
       where participation_id = ?`,
      [status, fields.messageId ?? null, fields.error?.slice(0, MAX_ERROR_LENGTH) ?? null, fields.notifiedAt ?? null, participationId],
    );
  }

  return async function notifyWinner(participationId: string, options: { lastAttempt: boolean }): Promise<void> {
    const em = deps.orm.em.fork();
    const [row] = await em.execute<WinnerContactRow[]>(
      `select w.notification_status, p.name_ciphertext, p.phone_ciphertext, p.entry_number, f.title, f.prize_name
       from ${TABLES.winner} w join ${TABLES.participation} p on p.id = w.participation_id join ${TABLES.eventFacts} f on f.id = p.event_id
       where w.participation_id = ?`,
      [participationId],
    );
    if (!row) {
      log.warn({ participationId }, 'winner to notify no longer exists; nothing sent');
      return;
    }
    if (row.notification_status === 'SENT') return;
    await em.execute(`update ${TABLES.winner} set notification_attempts = notification_attempts + 1 where participation_id = ?`, [participationId]);
    const { phone } = deps.personalData.open({ nameCiphertext: row.name_ciphertext, phoneCiphertext: row.phone_ciphertext });
    const text = winnerMessage({ eventTitle: row.title, prizeName: row.prize_name, entryNumber: row.entry_number });
    try {
      const receipt = await deps.sms.send({ to: phone, text, clientReference: `winner:${participationId}` });
      await record(participationId, 'SENT', { messageId: receipt.messageId, error: null, notifiedAt: new Date() });
      log.info({ participationId, messageId: receipt.messageId }, 'winner notified');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof UpstreamError && !error.transient) {
        await record(participationId, 'FAILED', { error: reason });
        log.warn({ participationId, reason }, 'winner cannot be texted; not retrying');
        return;
      }
      await record(participationId, options.lastAttempt ? 'FAILED' : 'PENDING', { error: reason });
      log.warn({ participationId, reason, lastAttempt: options.lastAttempt }, 'winner text failed; the queue retries it');
      throw error;
    }
  };
}
