import type { ErrorCode } from '@attendgate/platform';
import type { Json } from '../domain/fieldPath.ts';

/** One record as an external system listed it: its id there and its fields as it sent them. */
export interface PulledRecord {
  externalId: string;
  data: Record<string, Json>;
}

/**
 * One page of changed records. `cursorAfter` is what to store once this page's records are written (the
 * next run starts there); `continuation` is how to ask for the next page of this run, null when done.
 */
export interface PulledPage {
  records: PulledRecord[];
  cursorAfter: string | null;
  continuation: string | null;
}

/** An external system's failure in our terms: a stable code, the system's own words, and whether to retry. */
export interface TranslatedError {
  code: ErrorCode;
  message: string;
  transient: boolean;
}

/**
 * What the sync engine needs from an external system (seed 001's SystemAdapter): check the connection,
 * push one record idempotently, list what changed since a cursor, and translate the system's errors.
 * Every call goes through the integration's resilience policy (timeout, retries with backoff, breaker).
 */
export interface SystemAdapter {
  testConnection(): Promise<void>;
  /** Sends one transformed record; `idempotencyKey` is the same on every retry of the same delivery. */
  push(record: Record<string, Json>, idempotencyKey: string): Promise<{ externalReference: string | null }>;
  /** Reads the next page of records changed since `cursor` (null: from the beginning). */
  pull(cursor: string | null, continuation: string | null, pageSize: number): Promise<PulledPage>;
  translateError(error: unknown): TranslatedError;
}
