import { defineSimulator } from '../simulator.ts';
import { ChannelPostStore, channelId, daysBetween, isDate, isHttpUrl, isText, mountChannelAdmin } from './channelPosts.ts';

/** 우리동네TV charges per day a campaign airs in its neighbourhood. */
export const LOCAL_TV_PRICE_PER_DAY_KRW = 10_000;

/**
 * 우리동네TV: neighbourhood ad slots on local cable TV. `POST /v1/campaigns` with `X-Api-Key`, body
 * `{ storeName, region, title, message, imageUrl, startDate, endDate, slotsPerDay }` (dates YYYY-MM-DD),
 * answers 201 `{ campaignId, status: "SCHEDULED", region, startDate, endDate, estimatedReach, price }`.
 * Errors: 401 `{ code: "UNAUTHORIZED" }`, 400 `{ code: "INVALID_REQUEST", field }`.
 * Report: `GET /v1/campaigns/:campaignId/stats` with `X-Api-Key` answers `{ campaignId, impressions, reach, updatedAt }`,
 * 404 `{ code: "NOT_FOUND" }` for an unknown campaign.
 */
export const localTvSimulator = defineSimulator({
  name: 'local-tv',
  stateKey: 'localTv',
  createState: () => new ChannelPostStore(),
  mount(router, { state }) {
    router.post('/v1/campaigns', (req, res) => {
      if (!req.header('x-api-key')) return void res.status(401).json({ code: 'UNAUTHORIZED', message: 'X-Api-Key header is required' });
      const b = (req.body ?? {}) as Record<string, unknown>;
      const invalid = (field: string) => void res.status(400).json({ code: 'INVALID_REQUEST', message: `${field} is missing or invalid`, field });
      if (!isText(b.storeName, 100)) return invalid('storeName');
      if (!isText(b.region, 100)) return invalid('region');
      if (!isText(b.title, 60)) return invalid('title');
      if (!isText(b.message, 500)) return invalid('message');
      if (!isHttpUrl(b.imageUrl)) return invalid('imageUrl');
      if (!isDate(b.startDate)) return invalid('startDate');
      if (!isDate(b.endDate) || b.endDate < b.startDate) return invalid('endDate');
      const slots = Number.isInteger(b.slotsPerDay) ? (b.slotsPerDay as number) : 4;
      state.create(req, res, 201, () => {
        const id = channelId('LTV-');
        const days = daysBetween(b.startDate as string, b.endDate as string);
        return {
          id,
          response: {
            campaignId: id, status: 'SCHEDULED', region: b.region, startDate: b.startDate, endDate: b.endDate, slotsPerDay: slots,
            estimatedReach: 1_500 * days, price: { amount: LOCAL_TV_PRICE_PER_DAY_KRW * days, currency: 'KRW' },
          },
        };
      });
    });
    router.get('/v1/campaigns/:campaignId/stats', (req, res) => {
      if (!req.header('x-api-key')) return void res.status(401).json({ code: 'UNAUTHORIZED', message: 'X-Api-Key header is required' });
      const figures = state.figures(req.params.campaignId);
      if (!figures) return void res.status(404).json({ code: 'NOT_FOUND', message: 'no such campaign' });
      res.json({ campaignId: req.params.campaignId, impressions: figures.views, reach: figures.reach, updatedAt: new Date().toISOString() });
    });
  },
  mountAdmin: (router, { state }) => mountChannelAdmin(router, state),
});
