import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_USER_IDS, type Logger } from '@attendgate/platform';
import type { Kos } from '../adapters/kos.ts';
import { maskLineNumber } from '../domain/lineNumber.ts';
import { Line } from '../entities/index.ts';
import { CONSTRAINTS, violates } from './uniqueConstraints.ts';

/**
 * The demo lines `npm start` registers: two for the demo customer (the first is their own phone number, the
 * second a data-only line) and one for the demo owner, all known to the KOS simulator. They belong to the
 * users subgraph's demo accounts through the fixed DEMO_USER_IDS.
 */
export const DEMO_LINES: readonly { role: 'CUSTOMER' | 'OWNER'; phoneNumber: string }[] = [
  { role: 'CUSTOMER', phoneNumber: '01000000003' },
  { role: 'CUSTOMER', phoneNumber: '01000000013' },
  { role: 'OWNER', phoneNumber: '01000000001' },
];

/**
 * Registers the demo lines that are not registered yet (by number), so running it again, or from two
 * processes at once, changes nothing. A KOS that cannot be reached skips the line (and says so).
 */
export async function seedDemoLines(deps: { kos: Kos; logger: Logger }, em: EntityManager): Promise<string[]> {
  const lines = ['billing: demo lines (log in as the customer or owner; query me { lines { nodes { id maskedNumber } } } )'];
  for (const demo of DEMO_LINES) {
    lines.push(`  ${demo.role.padEnd(8)} ${maskLineNumber(demo.phoneNumber)}`);
    if ((await em.count(Line, { phoneNumber: demo.phoneNumber })) > 0) continue;
    const subscription = await deps.kos.subscription(demo.phoneNumber).catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'KOS unreachable; demo line not registered');
      return null;
    });
    if (!subscription) continue;
    await em
      .transactional(async (tx) => {
        tx.create(Line, {
          id: randomUUID(), userId: DEMO_USER_IDS[demo.role], phoneNumber: demo.phoneNumber, kosSubscriberId: subscription.subscriberId,
          registeredBy: DEMO_USER_IDS.OPERATOR, registeredAt: new Date(),
        });
        await tx.flush();
      })
      .catch((error: unknown) => {
        if (!violates(error, CONSTRAINTS.linePhoneNumber)) throw error;
      });
  }
  return lines;
}
