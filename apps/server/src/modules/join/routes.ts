import { joinBodySchema, joinCodeSchema, joinInfoSchema, joinResultSchema, retryLaterError } from '@hiwar/protocol';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import type { Store } from '../../store/store.js';
import type { MeetingService } from '../meetings/meeting-service.js';
import type { JoinLimiter } from './join-limiter.js';

const codeParams = z.strictObject({ code: joinCodeSchema });

/** Answers 429 with the wait, in the body (retryAfterMs) and in Retry-After (seconds). */
function tooSoon(reply: FastifyReply, waitMs: number) {
  return reply
    .status(429)
    .header('retry-after', String(Math.max(1, Math.ceil(waitMs / 1000))))
    .send({ error: retryLaterError('RATE_LIMITED', waitMs) });
}

/** The way in for participants: what the join page shows, and entering without an account. */
export const joinRoutes: FastifyPluginAsyncZod<{
  store: Store;
  service: MeetingService;
  limiter: JoinLimiter;
}> = async (app, opts) => {
  const { store, service, limiter } = opts;

  /** The live (not ended) meeting behind a code; a miss counts against the asking address. */
  const liveMeeting = async (code: string, address: string) => {
    const meeting = await store.findMeetingByJoinCode(code);
    if (meeting && meeting.status !== 'ended') return meeting;
    limiter.failed(address);
    throw new AppError('JOIN_CODE_NOT_FOUND');
  };

  app.get(
    '/:code',
    {
      schema: { tags: ['join'], params: codeParams, response: { 200: z.object({ meeting: joinInfoSchema }) } },
    },
    async (request, reply) => {
      const wait = limiter.lookupWait(request.ip);
      if (wait > 0) return tooSoon(reply, wait);
      const meeting = await liveMeeting(request.params.code, request.ip);
      const { id, title, hostOrganisation, startsAt, timeZone, format, contentLanguage, status, balanceCategories } =
        meeting;
      const { locked, waitingRoom } = meeting.lobby;
      const info = {
        title,
        hostOrganisation,
        startsAt,
        timeZone,
        format,
        contentLanguage,
        status,
        locked,
        waitingRoom,
        balanceCategories,
      };
      return { meeting: { meetingId: id, ...info } };
    },
  );

  app.post(
    '/:code',
    {
      schema: { tags: ['join'], params: codeParams, body: joinBodySchema, response: { 201: joinResultSchema } },
    },
    async (request, reply) => {
      const wait = limiter.lookupWait(request.ip);
      if (wait > 0) return tooSoon(reply, wait);
      const meeting = await liveMeeting(request.params.code, request.ip);
      const busy = limiter.join(meeting.id);
      if (busy > 0) return tooSoon(reply, busy);
      return reply.status(201).send(await service.join(request.params.code, request.body));
    },
  );
};
