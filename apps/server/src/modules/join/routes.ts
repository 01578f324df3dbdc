import { joinBodySchema, joinCodeSchema, joinInfoSchema, joinResultSchema } from '@hiwar/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import type { Store } from '../../store/store.js';
import type { MeetingService } from '../meetings/meeting-service.js';

const codeParams = z.strictObject({ code: joinCodeSchema });

/** The way in for participants: what the join page shows, and entering without an account. */
export const joinRoutes: FastifyPluginAsyncZod<{ store: Store; service: MeetingService }> = async (app, opts) => {
  const { store, service } = opts;
  const limited = { config: { rateLimit: { max: 300, timeWindow: '1 minute' } } };

  app.get(
    '/:code',
    {
      ...limited,
      schema: { tags: ['join'], params: codeParams, response: { 200: z.object({ meeting: joinInfoSchema }) } },
    },
    async (request) => {
      const meeting = await store.findMeetingByJoinCode(request.params.code);
      if (!meeting) throw new AppError('JOIN_CODE_NOT_FOUND');
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
      ...limited,
      schema: { tags: ['join'], params: codeParams, body: joinBodySchema, response: { 201: joinResultSchema } },
    },
    async (request, reply) => reply.status(201).send(await service.join(request.params.code, request.body)),
  );
};
