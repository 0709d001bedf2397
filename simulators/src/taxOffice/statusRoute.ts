import type { Request, Response } from 'express';
import { bodyErrorOf } from '../bodyParsing.ts';
import { isBusinessNumberFormat } from './checksum.ts';
import type { TaxOfficeState } from './state.ts';
import { toStatusItem } from './statusRecord.ts';

/**
 * POST /api/nts-businessman/v1/status?serviceKey=… — the NTS "사업자등록정보 상태조회" call. Error bodies
 * use the real API's status_code values so clients' error mapping can be tested.
 */
export const STATUS_PATH = '/api/nts-businessman/v1/status';
export const MAX_NUMBERS_PER_REQUEST = 100;

export function statusHandler(state: TaxOfficeState) {
  return (req: Request, res: Response): void => {
    // Any non-empty key is accepted: the simulator checks that clients send one, not which.
    const serviceKey = req.query.serviceKey;
    if (typeof serviceKey !== 'string' || serviceKey === '') {
      res.status(401).json({ status_code: 'SERVICE_KEY_IS_NOT_REGISTERED_ERROR' });
      return;
    }
    const bodyError = bodyErrorOf(res);
    if (bodyError === 'too-large') {
      res.status(413).json({ status_code: 'TOO_LARGE_REQUEST' });
      return;
    }
    const numbers = (req.body as { b_no?: unknown } | undefined)?.b_no;
    if (bodyError || !Array.isArray(numbers) || numbers.length === 0) {
      res.status(400).json({ status_code: 'BAD_JSON_REQUEST' });
      return;
    }
    if (numbers.length > MAX_NUMBERS_PER_REQUEST) {
      res.status(413).json({ status_code: 'TOO_LARGE_REQUEST' });
      return;
    }
    if (!numbers.every((n): n is string => typeof n === 'string' && isBusinessNumberFormat(n))) {
      res.status(400).json({ status_code: 'BAD_JSON_REQUEST' });
      return;
    }
    const data = numbers.map((n) => toStatusItem(n, state.lookup(n)));
    res.json({
      request_cnt: numbers.length,
      match_cnt: data.filter((item) => item.b_stt_cd !== '').length,
      status_code: 'OK',
      data,
    });
  };
}
