import { pipeline } from 'node:stream/promises';
import type { Request, Response, Router } from 'express';
import type { FileUrls, Logger } from '@attendgate/platform';
import { isUuid } from '../services/ids.ts';
import type { ParticipationServices } from '../services/index.ts';

/**
 * GET <PUBLIC_URL>/files/participation/events/<eventId>/participants.csv?expires=…&signature=… — the owner's
 * CSV download (UFR-PART-020's CSV 다운로드 button). Only signed links minted by `participantsCsvLink` open it
 * (403 otherwise); the file is streamed as rows are read, with back-pressure, so a large event never sits in
 * memory, and a client that disconnects stops the reading.
 */
export function mountParticipantsCsvRoute(router: Router, deps: { files: FileUrls; services: ParticipationServices; logger: Logger }): void {
  router.get('/events/:eventId/participants.csv', deps.files.requireSignedUrl, async (req: Request<{ eventId: string }>, res: Response) => {
    const { eventId } = req.params;
    if (!isUuid(eventId)) {
      res.status(404).json({ errors: [{ message: 'No such file.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    res.status(200).set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="participants-${eventId}.csv"`,
      'cache-control': 'private, no-store',
    });
    try {
      await pipeline(deps.services.participantsCsv(eventId), res);
    } catch (error) {
      // Headers are gone already; all that is left is to stop and say why in the log.
      if (!res.writableEnded) res.destroy();
      if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') deps.logger.error({ err: error, eventId }, 'participant CSV failed while streaming');
    }
  });
}
