import { env, resilienceConfigShape, type BaseConfig } from '@attendgate/platform';
import { z } from 'zod';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * The participation subgraph's own environment variables (validated with the base ones at start). Every
 * number has its default written once, here, with where it comes from; where the seeds give none, the
 * reason for ours. Tests shrink the durations to milliseconds.
 */
export const participationConfigShape = {
  /**
   * Entries one phone number may attempt per window, across all events (ours; seeds give no number). A real
   * customer enters a handful of events a day; a script cycling through events is stopped after ten.
   */
  PARTICIPATION_PHONE_RATE_LIMIT: env.count(10),
  PARTICIPATION_PHONE_RATE_WINDOW_MS: env.ms(HOUR_MS),
  /**
   * Entries one client address may attempt per window (ours). Generous on purpose: a shop's Wi-Fi, where a
   * queue of customers enters through the same QR code, and mobile carriers' shared addresses (CGNAT) put
   * many honest people behind one address. 0 turns the limit off.
   */
  PARTICIPATION_ADDRESS_RATE_LIMIT: env.count(120),
  PARTICIPATION_ADDRESS_RATE_WINDOW_MS: env.ms(10 * MINUTE_MS),
  /**
   * Entry sequence numbers one replica reserves from an event's row at a time (services/entryNumbers.ts).
   * Larger blocks mean fewer updates of a busy event's row; smaller ones fewer numbers skipped when a
   * replica restarts with part of a block unused.
   */
  PARTICIPATION_ENTRY_NUMBER_BLOCK_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
  /**
   * Group commit of entries (platform/src/db/groupCommit.ts, docs/decisions/participation-group-commit.md): the
   * longest an entry waits for others to share its transaction, and the most entries one transaction writes.
   * Ours, by measurement (docs/benchmarks.md): a transaction's fixed cost paid per batch instead of per entry
   * is what lets one replica take 500 entries/s; alone an entry waits at most the window. A max of 1 turns
   * batching off.
   */
  PARTICIPATION_ENTRY_BATCH_WINDOW_MS: env.ms(2),
  PARTICIPATION_ENTRY_BATCH_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000).default(50),
  /**
   * Entry batches one replica writes at once (each holds a database connection). One measured best: entries
   * arriving meanwhile make the next batch larger. The price: while a draw holds an event's facts row, the
   * batch waiting on it holds up the replica's other entries too, until the draw commits.
   */
  PARTICIPATION_ENTRY_BATCH_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** Page size of participant lists when the client asks for none (seed 004: `?page=1&size=20`). */
  PARTICIPATION_LIST_DEFAULT_PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(20),
  /** Most winners one draw may pick (ours: bounds the draw's work, the event payload and the SMS batch). */
  PARTICIPATION_MAX_WINNERS: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** Tickets a store visitor holds in a draw with the visit bonus (seed 004: 매장방문 가산점; ours: double odds). */
  PARTICIPATION_VISITOR_TICKETS: z.coerce.number().int().min(1).max(10).default(2),
  /** How long a participant-CSV download link works after it is minted (short: it is a bearer link). */
  PARTICIPATION_CSV_URL_TTL_MS: env.ms(5 * MINUTE_MS),
  /** Rows read per query while streaming a CSV (memory stays flat whatever the event's size). */
  PARTICIPATION_CSV_BATCH_ROWS: z.coerce.number().int().min(10).max(10_000).default(500),
  /** Base URL of the messaging provider's API (SMS, e-mail, push); the launcher points it at the simulator. */
  MESSAGING_URL: env.url().default('http://127.0.0.1:4100/messaging'),
  /** The provider's API key (sent as X-Api-Key); the simulator accepts any non-empty key. */
  PARTICIPATION_MESSAGING_API_KEY: z.string().min(1).default('attendgate-development'),
  /** The sender number (발신번호) winners' messages come from; Korean law requires it to be pre-registered. */
  PARTICIPATION_SMS_SENDER: z.string().regex(/^[0-9]{8,11}$/, 'digits only, 8 to 11').default('15884000'),
  /**
   * The SMS provider behind the platform's resilience policy: seed 002's numbers for every external API
   * (3 retries, exponential 1 s/2 s/4 s, breaker above 50% failures); 5 s per attempt (the tax office's).
   */
  ...resilienceConfigShape('PARTICIPATION_SMS', { timeoutMs: 5 * SECOND_MS }),
  /**
   * When a run's in-process retries are used up, the winner's SMS job is retried by the queue this many
   * more times, first after PARTICIPATION_WINNER_SMS_JOB_RETRY_DELAY_MS and doubling, then dead-lettered for
   * an operator (seed 002's future work: a dead-letter queue).
   */
  PARTICIPATION_WINNER_SMS_JOB_RETRIES: env.count(5),
  PARTICIPATION_WINNER_SMS_JOB_RETRY_DELAY_MS: z.coerce.number().int().min(1_000).default(MINUTE_MS),
};

export type ParticipationConfig = BaseConfig & z.infer<z.ZodObject<typeof participationConfigShape>>;
