import type { Request, Response, Router } from 'express';
import { isMobileNumber, isSenderNumber } from './messageRules.ts';
import type { MessageChannel, MessagingState } from './state.ts';

const CHANNELS: readonly MessageChannel[] = ['SMS', 'LMS', 'EMAIL', 'PUSH'];

/** Admin routes under /__admin/messaging: see what was sent, and put recipients and senders into a scenario's state. */
export function mountMessagingAdmin(router: Router, state: MessagingState): void {
  router.get('/messages', (req: Request, res: Response) => {
    const channel = typeof req.query.channel === 'string' ? req.query.channel.toUpperCase() : undefined;
    if (channel && !CHANNELS.includes(channel as MessageChannel)) {
      res.status(400).json({ error: `channel must be one of ${CHANNELS.join(', ')}` });
      return;
    }
    const to = typeof req.query.to === 'string' ? req.query.to : undefined;
    res.json(state.messages({ ...(channel ? { channel: channel as MessageChannel } : {}), ...(to ? { to } : {}) }));
  });

  router.put('/unreachable/:recipient', (req: Request<{ recipient: string }>, res: Response) => {
    if (!isMobileNumber(req.params.recipient)) {
      res.status(400).json({ error: 'recipient must be a Korean mobile number, digits only' });
      return;
    }
    state.markUnreachable(req.params.recipient);
    res.status(204).end();
  });

  router.delete('/unreachable/:recipient', (req: Request<{ recipient: string }>, res: Response) => {
    state.clearUnreachable(req.params.recipient);
    res.status(204).end();
  });

  router.put('/senders/:number', (req: Request<{ number: string }>, res: Response) => {
    if (!isSenderNumber(req.params.number)) {
      res.status(400).json({ error: 'sender numbers are 8 to 11 digits' });
      return;
    }
    state.registerSender(req.params.number);
    res.status(204).end();
  });

  // Body: { "deliveryDelayMs": 0 } — how long until delivery reports settle.
  router.put('/settings', (req: Request, res: Response) => {
    const delay = (req.body as { deliveryDelayMs?: unknown } | undefined)?.deliveryDelayMs;
    if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0) {
      res.status(400).json({ error: 'deliveryDelayMs must be a non-negative integer' });
      return;
    }
    state.deliveryDelayMs = delay;
    res.json({ deliveryDelayMs: delay });
  });
}
