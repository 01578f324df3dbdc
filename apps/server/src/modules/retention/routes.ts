import { retentionSchema } from '@hiwar/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken, memberFor, SESSION_COOKIE } from '../../plugins/auth.js';
import type { Store } from '../../store/store.js';
import type { RetentionService } from './retention-service.js';

const meetingParams = z.strictObject({ meetingId: z.string().max(40) });

/** A meeting's retention (read) and "Delete this meeting now". Setting the period is a meeting command. */
export const retentionRoutes: FastifyPluginAsyncZod<{ store: Store; retention: RetentionService }> = async (
  app,
  opts,
) => {
  const { store, retention } = opts;
  const actorOf = (request: { cookies: Record<string, string | undefined> }, meetingId: string, token?: string) =>
    memberFor(store, meetingId, { memberToken: token, sessionToken: request.cookies[SESSION_COOKIE] }, Date.now());

  app.get(
    '/:meetingId/retention',
    {
      schema: {
        tags: ['meetings'],
        description: 'How long the raw data is kept, when the purge is due, and whether it ran.',
        params: meetingParams,
        response: { 200: retentionSchema },
      },
    },
    async (request) => retention.retentionFor(await actorOf(request, request.params.meetingId, bearerToken(request))),
  );

  app.delete(
    '/:meetingId',
    {
      schema: {
        tags: ['meetings'],
        description: 'Deletes the meeting and all its data, the report included. Only its owner.',
        params: meetingParams,
      },
    },
    async (request, reply) => {
      await retention.deleteMeeting(await actorOf(request, request.params.meetingId, bearerToken(request)));
      return reply.status(204).send();
    },
  );
};
