import { defineSimulator } from '../simulator.ts';
import { ChannelPostStore, channelId, isText, mountChannelAdmin } from './channelPosts.ts';

/** 링고비즈 is a monthly subscription per ring-back announcement. */
export const RINGO_BIZ_MONTHLY_FEE_KRW = 5_500;
/** Longest script the text-to-speech ring-back plays (about 30 seconds of speech). */
export const RINGO_BIZ_MAX_SCRIPT_CHARS = 200;

/**
 * 링고비즈: KT's business ring-back service, which plays a shop's announcement to callers while the phone
 * rings. `POST /api/v1/ringback/contents` with `X-Auth-Token`, body `{ companyName, script, startDate, endDate }`
 * (dates YYYYMMDD). Telecom style: HTTP 200 with `resultCode` "0000" on success
 * (`{ resultCode, resultMsg, contentId, monthlyFee }`), otherwise "E401" (auth), "E400" (bad request).
 * Statistics: `GET /api/v1/ringback/contents/:contentId/stats`, `X-Auth-Token`, HTTP 200 with `resultCode`
 * "0000" and `{ contentId, playCount, uniqueCallers }`, or "E404" for an unknown content id.
 */
export const ringoBizSimulator = defineSimulator({
  name: 'ringo-biz',
  stateKey: 'ringoBiz',
  createState: () => new ChannelPostStore(),
  mount(router, { state }) {
    router.post('/api/v1/ringback/contents', (req, res) => {
      if (!req.header('x-auth-token')) return void res.json({ resultCode: 'E401', resultMsg: '인증 토큰이 없습니다' });
      const b = (req.body ?? {}) as Record<string, unknown>;
      const ymd = (v: unknown) => typeof v === 'string' && /^\d{8}$/.test(v);
      if (!isText(b.companyName, 50) || !isText(b.script, RINGO_BIZ_MAX_SCRIPT_CHARS) || !ymd(b.startDate) || !ymd(b.endDate)) {
        return void res.json({ resultCode: 'E400', resultMsg: '요청 값이 올바르지 않습니다' });
      }
      state.create(req, res, 200, () => {
        const id = channelId('RB');
        return { id, response: { resultCode: '0000', resultMsg: '정상 처리되었습니다', contentId: id, monthlyFee: RINGO_BIZ_MONTHLY_FEE_KRW } };
      });
    });
    router.get('/api/v1/ringback/contents/:contentId/stats', (req, res) => {
      if (!req.header('x-auth-token')) return void res.json({ resultCode: 'E401', resultMsg: '인증 토큰이 없습니다' });
      const figures = state.figures(req.params.contentId);
      if (!figures) return void res.json({ resultCode: 'E404', resultMsg: '콘텐츠를 찾을 수 없습니다' });
      res.json({ resultCode: '0000', resultMsg: '정상 처리되었습니다', contentId: req.params.contentId, playCount: figures.views, uniqueCallers: figures.reach });
    });
  },
  mountAdmin: (router, { state }) => mountChannelAdmin(router, state),
});
