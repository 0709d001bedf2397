import type { Request, Response, Router } from 'express';
import { BUSINESS_STATUSES, isBusinessStatus } from './businessStatus.ts';
import { isBusinessNumberFormat } from './checksum.ts';
import type { TaxOfficeState } from './state.ts';

/**
 * Admin routes under /__admin/tax-office, so another process (the dev stack, an e2e script) can put a
 * business into the state a scenario needs.
 */
export function mountTaxOfficeAdmin(router: Router, state: TaxOfficeState): void {
  router.get('/businesses/:number', (req: Request<{ number: string }>, res: Response) => {
    if (!validNumber(req.params.number, res)) return;
    res.json({ b_no: req.params.number, ...state.lookup(req.params.number) });
  });

  // Body: { "status": "ACTIVE" | "SUSPENDED" | "CLOSED" | "UNREGISTERED", "endDate"?: "YYYYMMDD" }
  router.put('/businesses/:number', (req: Request<{ number: string }>, res: Response) => {
    if (!validNumber(req.params.number, res)) return;
    const body = (req.body ?? {}) as { status?: unknown; endDate?: unknown };
    if (!isBusinessStatus(body.status)) {
      res.status(400).json({ error: `status must be one of ${BUSINESS_STATUSES.join(', ')}` });
      return;
    }
    if (body.endDate !== undefined && (typeof body.endDate !== 'string' || !/^[0-9]{8}$/.test(body.endDate))) {
      res.status(400).json({ error: 'endDate must be a YYYYMMDD string' });
      return;
    }
    const options = body.endDate === undefined ? {} : { endDate: body.endDate };
    res.json({ b_no: req.params.number, ...state.setStatus(req.params.number, body.status, options) });
  });

  router.delete('/businesses/:number', (req: Request<{ number: string }>, res: Response) => {
    if (!validNumber(req.params.number, res)) return;
    state.clearStatus(req.params.number);
    res.status(204).end();
  });
}

function validNumber(number: string, res: Response): boolean {
  if (isBusinessNumberFormat(number)) return true;
  res.status(400).json({ error: 'business number must be ten digits' });
  return false;
}
