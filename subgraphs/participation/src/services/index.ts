import type { EntityManager } from '@mikro-orm/postgresql';
import { createResiliencePolicy, resilienceOptions, type SubgraphRuntime } from '@attendgate/platform';
import type { Readable } from 'node:stream';
import { createSmsProvider, SMS_PROVIDER } from '../adapters/smsProvider.ts';
import type { ParticipationConfig } from '../config.ts';
import { createAbuseLimits } from './abuseLimits.ts';
import { seedDemoData } from './demoData.ts';
import { drawWinners, type DrawWinnersInput } from './drawWinners.ts';
import { verifyDraw } from './draws.ts';
import { createEntryNumberAllocator } from './entryNumbers.ts';
import { createEntryWrites } from './entryWrites.ts';
import { createEventFactsService } from './eventFacts.ts';
import { participantsCsvStream } from './participantsCsv.ts';
import { participate, type ParticipateInput } from './participate.ts';
import { createPersonalData } from './personalData.ts';
import { participantsCsvLink } from './participantsCsvLink.ts';
import type { DrawVerificationView, DrawView, FileLink, ParticipationReceipt } from './views.ts';
import { createWinnerNotifications } from './winnerNotifications.ts';

/**
 * The participation subgraph's use cases, wired once per process to the runtime (keys, stores, queue, the
 * SMS provider). Each takes the request's EntityManager where it reads or writes for a request.
 */
export interface ParticipationServices {
  participate(em: EntityManager, input: ParticipateInput, clientAddress: string | null): Promise<ParticipationReceipt>;
  drawWinners(em: EntityManager, input: DrawWinnersInput, drawnBy: string): Promise<DrawView>;
  verifyDraw(em: EntityManager, eventId: string): Promise<DrawVerificationView>;
  /** The masked participant list as a CSV byte stream (reads in batches as it is consumed). */
  participantsCsv(eventId: string): Readable;
  /** A short-lived signed download link for that CSV (the caller's right to it is checked before). */
  participantsCsvLink(em: EntityManager, eventId: string): Promise<FileLink>;
  eventFacts: ReturnType<typeof createEventFactsService>;
  /** The SMS job's work for one winner. */
  notifyWinner(participationId: string, options: { lastAttempt: boolean }): Promise<void>;
  seedDemo(): Promise<string[]>;
  readonly config: ParticipationConfig;
}

export function createParticipationServices(runtime: SubgraphRuntime<ParticipationConfig>): ParticipationServices {
  const { config, kv, cipher, blindIndex, queue, events, orm, logger } = runtime;
  const personalData = createPersonalData(cipher, blindIndex);
  const limits = createAbuseLimits(kv, blindIndex, {
    phoneLimit: config.PARTICIPATION_PHONE_RATE_LIMIT,
    phoneWindowMs: config.PARTICIPATION_PHONE_RATE_WINDOW_MS,
    addressLimit: config.PARTICIPATION_ADDRESS_RATE_LIMIT,
    addressWindowMs: config.PARTICIPATION_ADDRESS_RATE_WINDOW_MS,
  });
  const entryNumbers = createEntryNumberAllocator(config.PARTICIPATION_ENTRY_NUMBER_BLOCK_SIZE);
  const sms = createSmsProvider({
    baseUrl: config.MESSAGING_URL,
    apiKey: config.PARTICIPATION_MESSAGING_API_KEY,
    sender: config.PARTICIPATION_SMS_SENDER,
    policy: createResiliencePolicy(resilienceOptions(SMS_PROVIDER, config, 'PARTICIPATION_SMS'), logger),
  });
  const eventFacts = createEventFactsService(cipher);
  const drawDeps = { cipher, events, queue, maxWinners: config.PARTICIPATION_MAX_WINNERS, visitorTickets: config.PARTICIPATION_VISITOR_TICKETS };
  const entryWrites = createEntryWrites(
    { orm, events },
    { windowMs: config.PARTICIPATION_ENTRY_BATCH_WINDOW_MS, maxItems: config.PARTICIPATION_ENTRY_BATCH_MAX_ENTRIES, maxInFlight: config.PARTICIPATION_ENTRY_BATCH_CONCURRENCY },
  );
  const participateDeps = { limits, entryNumbers, personalData, cipher, entryWrites };

  const services: ParticipationServices = {
    participate: (em, input, clientAddress) => participate(participateDeps, em, input, clientAddress),
    drawWinners: (em, input, drawnBy) => drawWinners(drawDeps, em, input, drawnBy),
    verifyDraw,
    participantsCsv: (eventId) => participantsCsvStream(orm.em.fork(), eventId, config.PARTICIPATION_CSV_BATCH_ROWS),
    participantsCsvLink: (em, eventId) => participantsCsvLink({ files: runtime.files, ttlMs: config.PARTICIPATION_CSV_URL_TTL_MS }, em, eventId),
    eventFacts,
    notifyWinner: createWinnerNotifications({ orm, sms, personalData, logger }),
    seedDemo: () => seedDemoData({ orm, participate: participateDeps }),
    config,
  };
  return services;
}
