import { defineSimulator } from '../simulator.ts';
import { ChannelPostStore, channelId, daysBetween, isDate, isHttpUrl, isText, mountChannelAdmin } from './channelPosts.ts';

/** 지니TV sells its home-screen banner by the week (a started week counts). */
export const GENIE_TV_PRICE_PER_WEEK_KRW = 50_000;

/**
 * 지니TV (IPTV) home-screen ads. `POST /api/v2/ads` with `Authorization: Bearer <token>`, body
 * `{ advertiser: { name, region }, creative: { headline, body, imageUrl, durationSeconds }, flight: { start, end } }`,
 * answers 201 `{ ad_id, review_status: "APPROVED", cost_krw, flight }`. Errors: `{ error_code, error_message }`.
 * Report: `GET /api/v2/ads/:adId/report`, bearer, answers `{ ad_id, impressions, unique_viewers, report_at }`
 * (404 `NOT_FOUND` for an unknown ad).
 */
export const genieTvSimulator = defineSimulator({
  name: 'genie-tv',
  stateKey: 'genieTv',
  createState: () => new ChannelPostStore(),
  mount(router, { state }) {
    router.post('/api/v2/ads', (req, res) => {
      if (!/^Bearer \S+$/.test(req.header('authorization') ?? '')) {
        return void res.status(401).json({ error_code: 'AUTH_REQUIRED', error_message: 'a bearer token is required' });
      }
      const b = (req.body ?? {}) as { advertiser?: Record<string, unknown>; creative?: Record<string, unknown>; flight?: Record<string, unknown> };
      const invalid = (field: string) => void res.status(422).json({ error_code: 'VALIDATION_FAILED', error_message: `${field} is invalid` });
      if (!isText(b.advertiser?.name, 100)) return invalid('advertiser.name');
      if (!isText(b.creative?.headline, 40)) return invalid('creative.headline');
      if (!isText(b.creative?.body, 300)) return invalid('creative.body');
      if (!isHttpUrl(b.creative?.imageUrl)) return invalid('creative.imageUrl');
      if (!isDate(b.flight?.start)) return invalid('flight.start');
      if (!isDate(b.flight?.end) || (b.flight.end as string) < (b.flight.start as string)) return invalid('flight.end');
      state.create(req, res, 201, () => {
        const id = channelId('gtv_');
        const weeks = Math.ceil(daysBetween(b.flight!.start as string, b.flight!.end as string) / 7);
        return { id, response: { ad_id: id, review_status: 'APPROVED', cost_krw: GENIE_TV_PRICE_PER_WEEK_KRW * weeks, flight: b.flight } };
      });
    });
    router.get('/api/v2/ads/:adId/report', (req, res) => {
      if (!/^Bearer \S+$/.test(req.header('authorization') ?? '')) {
        return void res.status(401).json({ error_code: 'AUTH_REQUIRED', error_message: 'a bearer token is required' });
      }
      const figures = state.figures(req.params.adId);
      if (!figures) return void res.status(404).json({ error_code: 'NOT_FOUND', error_message: 'no such ad' });
      res.json({ ad_id: req.params.adId, impressions: figures.views, unique_viewers: figures.reach, report_at: new Date().toISOString() });
    });
  },
  mountAdmin: (router, { state }) => mountChannelAdmin(router, state),
});
