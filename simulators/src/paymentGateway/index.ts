import type { Request, Response } from 'express';
import { defineSimulator } from '../simulator.ts';
import { DECLINES, type Decline } from './declines.ts';
import { mountPaymentGatewayRoutes } from './routes.ts';
import { PaymentGatewayState } from './state.ts';

/**
 * A Korean card payment gateway (PG): approve or decline payments, look them up, refund them in full or in
 * part, all under idempotency keys. See simulators/README.md for the API and the test amounts.
 */
export const paymentGatewaySimulator = defineSimulator({
  name: 'payment-gateway',
  stateKey: 'paymentGateway',
  createState: () => new PaymentGatewayState(),
  mount(router, { state }) {
    mountPaymentGatewayRoutes(router, state);
  },
  mountAdmin(router, { state }) {
    router.get('/payments', (_req: Request, res: Response) => {
      res.json(state.payments());
    });
    // Body: { "code": "REJECT_CARD_COMPANY" } (one of the documented decline codes)
    router.post('/decline-next', (req: Request, res: Response) => {
      const code = (req.body as { code?: unknown } | undefined)?.code;
      const decline = Object.values(DECLINES).find((candidate: Decline) => candidate.code === code);
      if (!decline) return void res.status(400).json({ error: `code must be one of ${Object.keys(DECLINES).join(', ')}` });
      state.declineNext(decline);
      res.status(204).end();
    });
    // Body: { "answerDelayMs": 5000 }
    router.put('/settings', (req: Request, res: Response) => {
      const delay = (req.body as { answerDelayMs?: unknown } | undefined)?.answerDelayMs;
      if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0) return void res.status(400).json({ error: 'answerDelayMs must be a non-negative integer' });
      state.answerDelayMs = delay;
      res.json({ answerDelayMs: delay });
    });
  },
});

export { PaymentGatewayState, PAYMENT_METHODS, type PgPayment, type PgCancel, type PaymentMethod } from './state.ts';
export { DECLINES, MAX_PAYMENT_AMOUNT, declineFor, type Decline } from './declines.ts';
export { MIN_PAYMENT_AMOUNT } from './routes.ts';
