import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response, RequestHandler, Router } from 'express';
import { Event, EventImage } from '../entities/index.ts';
import { isUuid } from './eventAccess.ts';

/** Published posters are immutable (a new render gets a new id), so caches may keep them a day. */
const PUBLIC_CACHE_SECONDS = 86_400;

/**
 * `GET /files/events/images/<id>.png` through the gateway. Posters of published (or ended) events are public:
 * the media channels download them from the URL they were given. Before publication only a signed link
 * (minted for the owner in `EventImage.url`) opens one; anything else is 403, an unknown id 404.
 */
export function mountImageFiles(router: Router, deps: { orm: MikroORM; requireSignedUrl: RequestHandler }): void {
  router.get('/images/:file', async (req: Request<{ file: string }>, res: Response, next) => {
    try {
      const id = /^(.+)\.png$/.exec(req.params.file)?.[1];
      const em = deps.orm.em.fork();
      const image = id && isUuid(id) ? await em.findOne(EventImage, id, { populate: ['content'] }) : null;
      if (!image) return void res.status(404).json({ errors: [{ message: 'No such image.', extensions: { code: 'NOT_FOUND' } }] });
      const event = await em.findOne(Event, image.eventId, { fields: ['status'] });
      const send = () => {
        const publicImage = event?.status === 'PUBLISHED' || event?.status === 'ENDED';
        res
          .type('image/png')
          .set('cache-control', publicImage ? `public, max-age=${PUBLIC_CACHE_SECONDS}, immutable` : 'private, no-store')
          .set('etag', `"${image.sha256}"`)
          .send(image.content);
      };
      if (event?.status === 'PUBLISHED' || event?.status === 'ENDED') return send();
      deps.requireSignedUrl(req, res, send);
    } catch (error) {
      next(error);
    }
  });
}
