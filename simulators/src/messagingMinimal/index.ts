import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { defineSimulator } from '../simulator.ts';
import type { SimulatorState } from '../simulator.ts';

/**
 * A minimal messaging provider (push and SMS), just what operators' gate alerts need: the subset of the
 * messaging simulator being built with the participation subgraph (same routes, bodies and answers), so the
 * gates adapter works unchanged against either. To be replaced by that simulator when it lands on main.
 */
export interface AcceptedMessage {
  messageId: string;
  channel: 'PUSH' | 'SMS';
  to: string;
  title: string | null;
  text: string;
  clientReference: string | null;
  acceptedAt: string;
}

export class MinimalMessagingState implements SimulatorState {
  readonly messages: AcceptedMessage[] = [];
  readonly #byReference = new Map<string, AcceptedMessage>();

  /** Stores a message; a client reference seen before answers the stored one (nothing is sent twice). */
  accept(apiKey: string, message: Omit<AcceptedMessage, 'messageId' | 'acceptedAt'>): { message: AcceptedMessage; replayed: boolean } {
    const key = message.clientReference ? `${apiKey}\u0000${message.clientReference}` : null;
    const known = key ? this.#byReference.get(key) : undefined;
    if (known) return { message: known, replayed: true };
    const stored = { ...message, messageId: randomUUID(), acceptedAt: new Date().toISOString() };
    this.messages.push(stored);
    if (key) this.#byReference.set(key, stored);
    return { message: stored, replayed: false };
  }

  reset(): void {
    this.messages.length = 0;
    this.#byReference.clear();
  }
}

const fail = (res: Response, status: number, code: string, message: string) => void res.status(status).json({ code, message });

function checked(req: Request, res: Response): { apiKey: string; body: Record<string, unknown>; clientReference: string | null } | null {
  const apiKey = req.header('x-api-key');
  if (!apiKey) return fail(res, 401, 'UNAUTHORIZED', 'X-Api-Key header is missing'), null;
  const body = req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(res, 400, 'INVALID_REQUEST', 'request body must be a JSON object'), null;
  const reference = body.clientReference;
  if (reference !== undefined && (typeof reference !== 'string' || reference.length === 0 || reference.length > 100)) {
    return fail(res, 400, 'INVALID_REQUEST', 'clientReference must be 1 to 100 characters'), null;
  }
  return { apiKey, body, clientReference: (reference as string | undefined) ?? null };
}

function answer(res: Response, result: { message: AcceptedMessage; replayed: boolean }): void {
  const { message, replayed } = result;
  res.status(replayed ? 200 : 202).json({ messageId: message.messageId, type: message.channel, status: 'ACCEPTED', to: message.to, clientReference: message.clientReference, acceptedAt: message.acceptedAt, replayed });
}

export const minimalMessagingSimulator = defineSimulator({
  name: 'messaging',
  stateKey: 'messaging',
  createState: () => new MinimalMessagingState(),
  mount(router, { state }) {
    // Push: { to (device token or topic:<name>), title, body, clientReference? }.
    router.post('/v1/push', (req, res) => {
      const input = checked(req, res);
      if (!input) return;
      const { to, title, body } = input.body;
      if (typeof to !== 'string' || to.length < 8 || to.length > 256) return fail(res, 400, 'INVALID_RECIPIENT', 'to must be a device token or topic:<name>');
      if (typeof title !== 'string' || !title || typeof body !== 'string') return fail(res, 400, 'INVALID_REQUEST', 'title and body are required');
      answer(res, state.accept(input.apiKey, { channel: 'PUSH', to, title, text: body, clientReference: input.clientReference }));
    });
    // SMS: { from, to, text, clientReference? }.
    router.post('/v1/sms', (req, res) => {
      const input = checked(req, res);
      if (!input) return;
      const { from, to, text } = input.body;
      if (typeof from !== 'string' || !/^[0-9]{8,11}$/.test(from)) return fail(res, 400, 'INVALID_SENDER', 'from must be 8 to 11 digits');
      if (typeof to !== 'string' || !/^01[016789][0-9]{7,8}$/.test(to)) return fail(res, 400, 'INVALID_RECIPIENT', 'to must be a Korean mobile number, digits only');
      if (typeof text !== 'string' || !text) return fail(res, 400, 'INVALID_REQUEST', 'text is required');
      answer(res, state.accept(input.apiKey, { channel: 'SMS', to, title: null, text, clientReference: input.clientReference }));
    });
  },
  mountAdmin(router, { state }) {
    router.get('/messages', (_req, res) => {
      res.json(state.messages);
    });
  },
});
