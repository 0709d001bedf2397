import { randomUUID } from 'node:crypto';
import type { Request, Response, Router } from 'express';

/**
 * What the four business-system simulators (crm, erp, lms, marketing) share: a record store that answers
 * "what changed since", and a write log that deduplicates by idempotency key. Each simulator wraps them in its
 * own API shape (pagination, auth and error format differ on purpose, so our adapters are real).
 */
export interface StoredRecord {
  id: string;
  /** Strictly increasing across the store, so "changed after T" never misses a record changed at T. */
  updatedAt: string;
  /** The store's change number: what since-token APIs hand out. */
  sequence: number;
  data: Record<string, unknown>;
}

export class RecordStore {
  readonly #records = new Map<string, StoredRecord>();
  #lastMs = 0;
  #sequence = 0;

  readonly #seed: () => Record<string, unknown>[];

  constructor(seed: () => Record<string, unknown>[] = () => []) {
    this.#seed = seed;
    this.reset();
  }

  /** Creates or replaces a record (a person edited it in the system); returns it. */
  upsert(id: string, data: Record<string, unknown>): StoredRecord {
    this.#lastMs = Math.max(Date.now(), this.#lastMs + 1);
    this.#sequence += 1;
    const record = { id, updatedAt: new Date(this.#lastMs).toISOString(), sequence: this.#sequence, data: { ...data } };
    this.#records.set(id, record);
    return record;
  }

  get(id: string): StoredRecord | undefined {
    return this.#records.get(id);
  }

  /** Records changed strictly after the instant (all when null), oldest change first. */
  changedAfter(instant: string | null): StoredRecord[] {
    const after = instant === null ? -Infinity : Date.parse(instant);
    return [...this.#records.values()].filter((r) => Date.parse(r.updatedAt) > after).sort((a, b) => a.sequence - b.sequence);
  }

  /** Records with a change number above `sequence`, oldest change first. */
  changedAfterSequence(sequence: number): StoredRecord[] {
    return [...this.#records.values()].filter((r) => r.sequence > sequence).sort((a, b) => a.sequence - b.sequence);
  }

  get size(): number {
    return this.#records.size;
  }

  reset(): void {
    this.#records.clear();
    for (const data of this.#seed()) this.upsert(String(data.id ?? randomUUID()), data);
  }
}

/** One accepted write (a push from attendgate). */
export interface RecordedWrite {
  writeId: string;
  principal: string;
  idempotencyKey: string | null;
  body: Record<string, unknown>;
  receivedAt: string;
}

/** Writes kept; the oldest are forgotten first. */
export const WRITE_LOG_CAPACITY = 10_000;

/**
 * Accepted writes, deduplicated per principal (API key, client, user) and idempotency key: a repeated key
 * with the same body is answered with the first write (nothing applied twice); with another body it is refused.
 */
export class WriteLog {
  readonly #writes: RecordedWrite[] = [];
  readonly #byKey = new Map<string, RecordedWrite>();

  accept(principal: string, idempotencyKey: string | null, body: Record<string, unknown>): { write: RecordedWrite; replayed: boolean } | { conflict: true } {
    const key = idempotencyKey ? `${principal}\u0000${idempotencyKey}` : null;
    const existing = key ? this.#byKey.get(key) : undefined;
    if (existing) {
      if (JSON.stringify(existing.body) !== JSON.stringify(body)) return { conflict: true };
      return { write: existing, replayed: true };
    }
    const write = { writeId: randomUUID(), principal, idempotencyKey, body, receivedAt: new Date().toISOString() };
    this.#writes.push(write);
    if (key) this.#byKey.set(key, write);
    if (this.#writes.length > WRITE_LOG_CAPACITY) {
      const dropped = this.#writes.shift()!;
      if (dropped.idempotencyKey) this.#byKey.delete(`${dropped.principal}\u0000${dropped.idempotencyKey}`);
    }
    return { write, replayed: false };
  }

  all(): RecordedWrite[] {
    return [...this.#writes];
  }

  reset(): void {
    this.#writes.length = 0;
    this.#byKey.clear();
  }
}

/**
 * The state every business simulator has: its records, the writes it received, and the credentials it
 * accepts (a set of keys or a map of users to secrets), all back to their defaults on reset.
 */
export abstract class BusinessSystemState {
  readonly records: RecordStore;
  readonly writes = new WriteLog();

  constructor(seed: () => Record<string, unknown>[]) {
    this.records = new RecordStore(seed);
  }

  reset(): void {
    this.records.reset();
    this.writes.reset();
    this.resetCredentials();
  }

  protected abstract resetCredentials(): void;
}

/** Idempotency keys are opaque strings of reasonable length. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** A query parameter as one string (the first when repeated). */
export function queryString(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** A positive integer query parameter within bounds, `fallback` when absent, null when malformed. */
export function queryInt(req: Request, name: string, fallback: number, min: number, max: number): number | null {
  const raw = queryString(req, name);
  if (raw === undefined) return fallback;
  if (!/^[0-9]{1,9}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** An ISO instant query parameter: undefined when absent, null when malformed. */
export function queryInstant(req: Request, name: string): string | null | undefined {
  const raw = queryString(req, name);
  if (raw === undefined || raw === '') return undefined;
  return Number.isNaN(Date.parse(raw)) || !/^\d{4}-\d{2}-\d{2}T/.test(raw) ? null : raw;
}

/** The request's JSON object body, or undefined. */
export function objectBody(req: Request): Record<string, unknown> | undefined {
  const body = req.body as unknown;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

/** Admin routes every business simulator has: add or change records, see the writes received. */
export function mountRecordAdmin(router: Router, state: { records: RecordStore; writes: WriteLog }): void {
  router.put('/records/:id', (req: Request<{ id: string }>, res: Response) => {
    const body = objectBody(req);
    if (!body) {
      res.status(400).json({ error: 'body must be a JSON object (the record)' });
      return;
    }
    res.json(state.records.upsert(req.params.id, body));
  });
  router.get('/writes', (_req, res) => {
    res.json(state.writes.all());
  });
}
