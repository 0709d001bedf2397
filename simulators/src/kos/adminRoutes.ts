import type { Request, Response, Router } from 'express';
import { isLineNumber, type Subscriber } from './subscribers.ts';
import type { KosState } from './state.ts';

/**
 * Admin routes under /__admin/kos, so another process (the dev stack, a benchmark) can put a line into the
 * state a scenario needs, block its orders, or make KOS answer late after applying a change.
 */
export function mountKosAdmin(router: Router, state: KosState): void {
  router.get('/subscribers/:svcNo', (req: Request<{ svcNo: string }>, res: Response) => {
    if (!validNumber(req.params.svcNo, res)) return;
    const subscriber = state.subscriber(req.params.svcNo);
    if (!subscriber) return void res.status(404).json({ error: 'not a subscriber' });
    res.json(subscriber);
  });

  // Body: any subscriber fields to override ({ "svcStatus": "SUSPENDED", "overdueAmt": 10000, ... }), or null.
  router.put('/subscribers/:svcNo', (req: Request<{ svcNo: string }>, res: Response) => {
    if (!validNumber(req.params.svcNo, res)) return;
    const body = req.body as Partial<Subscriber> | null;
    if (body !== null && (typeof body !== 'object' || Array.isArray(body))) return void res.status(400).json({ error: 'body must be an object or null' });
    res.json(state.setSubscriber(req.params.svcNo, body));
  });

  router.put('/subscribers/:svcNo/order-block', (req: Request<{ svcNo: string }>, res: Response) => {
    if (!validNumber(req.params.svcNo, res)) return;
    const message = (req.body as { message?: unknown } | undefined)?.message;
    state.blockOrders(req.params.svcNo, typeof message === 'string' && message ? message : undefined);
    res.status(204).end();
  });

  router.delete('/subscribers/:svcNo/order-block', (req: Request<{ svcNo: string }>, res: Response) => {
    if (!validNumber(req.params.svcNo, res)) return;
    state.unblockOrders(req.params.svcNo);
    res.status(204).end();
  });

  // Body: any of { "answerDelayAfterApplyMs": 5000, "failNextOrders": 1, "hangNextOrders": 1 }
  router.put('/settings', (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const counts = ['answerDelayAfterApplyMs', 'failNextOrders', 'hangNextOrders'] as const;
    for (const name of counts) {
      const value = body[name];
      if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) return void res.status(400).json({ error: `${name} must be a non-negative integer` });
    }
    if (typeof body.answerDelayAfterApplyMs === 'number') state.answerDelayAfterApplyMs = body.answerDelayAfterApplyMs;
    if (typeof body.failNextOrders === 'number') state.orderFaults.failNext = body.failNextOrders;
    if (typeof body.hangNextOrders === 'number') state.orderFaults.hangNext = body.hangNextOrders;
    res.json({ answerDelayAfterApplyMs: state.answerDelayAfterApplyMs, failNextOrders: state.orderFaults.failNext, hangNextOrders: state.orderFaults.hangNext });
  });

  router.get('/orders', (req: Request, res: Response) => {
    const svcNo = typeof req.query.svcNo === 'string' ? req.query.svcNo : undefined;
    res.json(state.appliedOrders(svcNo));
  });
}

function validNumber(svcNo: string, res: Response): boolean {
  if (isLineNumber(svcNo)) return true;
  res.status(400).json({ error: 'line number must be 010 and eight digits' });
  return false;
}
