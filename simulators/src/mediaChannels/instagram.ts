import type { Response } from 'express';
import { defineSimulator } from '../simulator.ts';
import { ChannelPostStore, channelId, isHttpUrl, mountChannelAdmin } from './channelPosts.ts';

/** Largest image Instagram downloads for a post (8 MiB). */
export const INSTAGRAM_MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** How long Instagram waits for an image download. */
const IMAGE_FETCH_TIMEOUT_MS = 5_000;
const CAPTION_MAX_CHARS = 2_200;

function graphError(res: Response, status: number, message: string, code: number, subcode?: number): void {
  res.status(status).json({ error: { message, type: 'OAuthException', code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: channelId('A') } });
}

/** Downloads the image the way Instagram does: it must be a public URL answering a PNG or JPEG. */
async function fetchImage(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(IMAGE_FETCH_TIMEOUT_MS) });
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !/^image\/(png|jpeg)/.test(type)) return null;
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > INSTAGRAM_MAX_IMAGE_BYTES) return null;
    const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    return png || jpeg ? type : null;
  } catch {
    return null;
  }
}

interface Container {
  id: string;
  imageUrl: string;
  caption: string;
  mediaId: string | null;
}

/** Instagram's posts plus its media containers (created, then published). */
export class InstagramState extends ChannelPostStore {
  readonly containers = new Map<string, Container>();
  override reset(): void {
    super.reset();
    this.containers.clear();
  }
}

/**
 * The Instagram Graph API content publishing flow for a business account: `POST /:version/:igUserId/media`
 * with `image_url`, `caption` and `access_token` creates a container (Instagram downloads the image then,
 * so it must be publicly reachable), then `POST /:version/:igUserId/media_publish` with `creation_id`
 * publishes it and answers the media id. Publishing a container again answers the same media id.
 * Errors in Graph API shape (`OAuthException`, code 190 bad token, 100 bad parameter, 9004 download failed).
 * Insights: `GET /:version/:mediaId/insights?metric=impressions,reach&access_token=` answers
 * `{ data: [{ name, period: "lifetime", values: [{ value }], id }] }` for the published media (100 otherwise).
 *
 * One deviation from the real API, recorded in simulators/README.md: container creation honours an
 * `Idempotency-Key` header, like every channel stand-in here, so a retried post never creates two.
 */
export const instagramSimulator = defineSimulator({
  name: 'instagram',
  stateKey: 'instagram',
  createState: () => new InstagramState(),
  mount(router, { state }) {
    const params = (req: { body?: unknown; query: Record<string, unknown> }) => ({ ...req.query, ...((req.body ?? {}) as Record<string, unknown>) });
    router.post('/:version/:igUserId/media', async (req, res) => {
      const p = params(req);
      if (typeof p.access_token !== 'string' || !p.access_token) return graphError(res, 400, 'Invalid OAuth access token.', 190);
      if (!isHttpUrl(p.image_url)) return graphError(res, 400, 'The parameter image_url is required.', 100);
      const caption = typeof p.caption === 'string' ? p.caption : '';
      if (caption.length > CAPTION_MAX_CHARS) return graphError(res, 400, 'The caption is too long.', 100);
      const key = req.header('idempotency-key');
      const known = key ? state.list().find((post) => post.idempotencyKey === key) : undefined;
      if (!known && !(await fetchImage(p.image_url))) return graphError(res, 400, 'Media download has failed.: The media could not be fetched from the URI provided.', 9004, 2207052);
      state.create(req, res, 200, () => {
        const id = channelId('1790');
        state.containers.set(id, { id, imageUrl: p.image_url as string, caption, mediaId: null });
        return { id, response: { id } };
      });
    });
    router.post('/:version/:igUserId/media_publish', (req, res) => {
      const p = params(req);
      if (typeof p.access_token !== 'string' || !p.access_token) return graphError(res, 400, 'Invalid OAuth access token.', 190);
      const container = typeof p.creation_id === 'string' ? state.containers.get(p.creation_id) : undefined;
      if (!container) return graphError(res, 400, 'The media container does not exist.', 100, 2207027);
      container.mediaId ??= channelId('1789');
      res.json({ id: container.mediaId });
    });
    router.get('/:version/:mediaId/insights', (req, res) => {
      const p = params(req);
      if (typeof p.access_token !== 'string' || !p.access_token) return graphError(res, 400, 'Invalid OAuth access token.', 190);
      const container = [...state.containers.values()].find((entry) => entry.mediaId === req.params.mediaId);
      const figures = container ? state.figures(req.params.mediaId, state.find(container.id)) : undefined;
      if (!figures) return graphError(res, 400, 'Unsupported get request. Object does not exist.', 100, 33);
      const wanted = typeof p.metric === 'string' ? p.metric.split(',') : ['impressions', 'reach'];
      const values: Record<string, number> = { impressions: figures.views, reach: figures.reach };
      const unknown = wanted.find((name) => !(name in values));
      if (unknown) return graphError(res, 400, `(#100) metric[0] must be one of the following values: impressions, reach`, 100);
      res.json({
        data: wanted.map((name) => ({ name, period: 'lifetime', values: [{ value: values[name] }], title: name, id: `${req.params.mediaId}/insights/${name}/lifetime` })),
      });
    });
  },
  mountAdmin: (router, { state }) => mountChannelAdmin(router, state),
});
