import { isDesk } from '@hiwar/domain';
import {
  agendaItemInputSchema,
  duplicateMeetingBodySchema,
  LIMITS,
  meetingDetailsSchema,
  meetingSchema,
  meetingSummarySchema,
  retryLaterError,
} from '@hiwar/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, statusOf } from '../../lib/app-error.js';
import { bearerToken, memberFor, requireAccount, SESSION_COOKIE } from '../../plugins/auth.js';
import { type CommandBudget, commandKind } from '../../realtime/command-budget.js';
import type { Store } from '../../store/store.js';
import type { MeetingService } from './meeting-service.js';

const meetingParams = z.strictObject({ meetingId: z.string().max(40) });

/** Meetings: list, create, read, and the command endpoint for clients without a live connection. */
export const meetingRoutes: FastifyPluginAsyncZod<{
  store: Store;
  service: MeetingService;
  budget: CommandBudget;
}> = async (app, opts) => {
  const { store, service, budget } = opts;
  const actorOf = (request: { cookies: Record<string, string | undefined> }, meetingId: string, token?: string) =>
    memberFor(store, meetingId, { memberToken: token, sessionToken: request.cookies[SESSION_COOKIE] }, Date.now());

  app.get(
    '/',
    { schema: { tags: ['meetings'], response: { 200: z.object({ meetings: z.array(meetingSummarySchema) }) } } },
    async (request) => {
      const account = await requireAccount(store, request);
      return { meetings: await store.listMeetingsForAccount(account.id) };
    },
  );

  app.post(
    '/',
    {
      schema: {
        tags: ['meetings'],
        body: z.strictObject({
          details: meetingDetailsSchema,
          agenda: z.array(agendaItemInputSchema).max(LIMITS.agendaItems).default([]),
        }),
        response: { 201: z.object({ meeting: meetingSchema }) },
      },
    },
    async (request, reply) => {
      const account = await requireAccount(store, request);
      const meeting = await service.createMeeting(account, request.body.details, request.body.agenda);
      return reply.status(201).send({ meeting });
    },
  );

  app.post(
    '/:meetingId/duplicate',
    {
      schema: {
        tags: ['meetings'],
        description:
          'Use a meeting as a template: a new draft with its agenda, themes, categories and settings, but none ' +
          'of its people, points, votes or report. Only its owner.',
        params: meetingParams,
        // No body at all (null to Fastify) copies the meeting as it is.
        body: duplicateMeetingBodySchema.nullable(),
        response: { 201: z.object({ meeting: meetingSchema }) },
      },
    },
    async (request, reply) => {
      const account = await requireAccount(store, request);
      // A session, never a member token: the copy belongs to an account.
      const member = await memberFor(
        store,
        request.params.meetingId,
        { sessionToken: request.cookies[SESSION_COOKIE] },
        Date.now(),
      );
      const meeting = await service.duplicateMeeting(member, account, request.body ?? {});
      return reply.status(201).send({ meeting });
    },
  );

  app.get('/:meetingId', { schema: { tags: ['meetings'], params: meetingParams } }, async (request) => {
    const member = await actorOf(request, request.params.meetingId, bearerToken(request));
    return service.snapshotFor(member);
  });

  app.get(
    '/:meetingId/moderation',
    {
      schema: {
        tags: ['points'],
        description: 'The open moderation log: what was held, hidden or published, and why. For the desk.',
        params: meetingParams,
      },
    },
    async (request) => {
      const member = await actorOf(request, request.params.meetingId, bearerToken(request));
      if (!isDesk(member.role)) throw new AppError('FORBIDDEN');
      return { entries: await store.moderationLog(member.meetingId) };
    },
  );

  app.get(
    '/:meetingId/points/:pointId/history',
    {
      schema: {
        tags: ['points'],
        description: 'Earlier versions of a point: editing keeps a history. For the desk.',
        params: meetingParams.extend({ pointId: z.string().max(40) }),
      },
    },
    async (request) => {
      const member = await actorOf(request, request.params.meetingId, bearerToken(request));
      if (!isDesk(member.role)) throw new AppError('FORBIDDEN');
      const revisions = await store.pointHistory(member.meetingId, request.params.pointId);
      if (!revisions) throw new AppError('POINT_NOT_FOUND');
      return { revisions };
    },
  );

  app.post(
    '/:meetingId/commands',
    {
      schema: {
        tags: ['meetings'],
        description: 'Runs one meeting command (the same commands as the socket’s meeting:command).',
        params: meetingParams,
        body: z.record(z.string(), z.unknown()),
      },
    },
    async (request, reply) => {
      const member = await actorOf(request, request.params.meetingId, bearerToken(request));
      // The socket's budget applies here too, before the command touches the database: one per member.
      const by = { meetingId: member.meetingId, memberId: member.id };
      const verdict = budget.charge(by, `http:${by.meetingId}/${by.memberId}`, commandKind(request.body));
      if (!verdict.ok) {
        return reply
          .status(429)
          .header('retry-after', String(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))))
          .send({ error: retryLaterError(verdict.code, verdict.retryAfterMs) });
      }
      const ack = await service.runCommand(member, request.body);
      return reply.status(ack.ok ? 200 : statusOf(ack.error.code)).send(ack.ok ? ack : { error: ack.error });
    },
  );
};
