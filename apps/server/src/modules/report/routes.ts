import {
  baseVersionBodySchema,
  EXPORT_FORMATS,
  generateReportBodySchema,
  reportDocumentSchema,
  reportStateSchema,
  reportVersionSchema,
  reviewDecisionBodySchema,
  reviewPageSchema,
  saveReportBodySchema,
  sectionKeySchema,
} from '@hiwar/protocol';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken, memberFor, SESSION_COOKIE } from '../../plugins/auth.js';
import type { Store } from '../../store/store.js';
import { contentDisposition } from './file-name.js';
import type { ExportFile, ReportService } from './report-service.js';

const meetingParams = z.strictObject({ meetingId: z.string().max(40) });
const versionParams = meetingParams.extend({ version: z.coerce.number().int().min(1) });
const tokenParams = z.strictObject({ token: z.string().min(16).max(100) });
const formatParams = z.strictObject({ format: z.enum(EXPORT_FORMATS) });
const stateResponse = { 200: reportStateSchema };

/** Exports are downloads that no cache keeps and no browser runs: no-store, attachment, nosniff. */
export function sendFile(
  reply: {
    header: (k: string, v: string) => unknown;
    type: (t: string) => unknown;
    send: (b: unknown) => unknown;
  },
  file: ExportFile,
  inline = false,
) {
  reply.header('cache-control', 'no-store');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.filename));
  reply.type(file.contentType);
  return reply.send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
}

/** The report desk's API, for the facilitator, co-facilitator and rapporteur; publishing for the first two. */
export const reportRoutes: FastifyPluginAsyncZod<{ store: Store; reports: ReportService }> = async (app, opts) => {
  const { store, reports } = opts;
  const actorOf = (request: FastifyRequest, meetingId: string) =>
    memberFor(
      store,
      meetingId,
      { memberToken: bearerToken(request), sessionToken: request.cookies[SESSION_COOKIE] },
      Date.now(),
    );
  // Every answer of the desk's API is private to the person asking.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/meetings/:meetingId/report',
    { schema: { tags: ['report'], params: meetingParams, response: stateResponse } },
    async (request) => reports.state(await actorOf(request, request.params.meetingId)),
  );

  app.post(
    '/meetings/:meetingId/report/generate',
    {
      schema: {
        tags: ['report'],
        description: 'Creates the draft, or regenerates every section the rapporteur has not edited.',
        params: meetingParams,
        body: generateReportBodySchema.default({}),
        response: stateResponse,
      },
    },
    async (request) =>
      reports.generate(await actorOf(request, request.params.meetingId), request.body?.language ?? undefined),
  );

  app.put(
    '/meetings/:meetingId/report',
    { schema: { tags: ['report'], params: meetingParams, body: saveReportBodySchema, response: stateResponse } },
    async (request) =>
      reports.save(await actorOf(request, request.params.meetingId), request.body.baseVersion, request.body.document),
  );

  app.post(
    '/meetings/:meetingId/report/sections/:key/regenerate',
    {
      schema: {
        tags: ['report'],
        params: meetingParams.extend({ key: sectionKeySchema }),
        body: baseVersionBodySchema,
        response: stateResponse,
      },
    },
    async (request) =>
      reports.regenerateSection(
        await actorOf(request, request.params.meetingId),
        request.params.key,
        request.body.baseVersion,
      ),
  );

  app.get(
    '/meetings/:meetingId/report/versions',
    {
      schema: {
        tags: ['report'],
        params: meetingParams,
        response: { 200: z.object({ versions: z.array(reportVersionSchema) }) },
      },
    },
    async (request) => reports.versions(await actorOf(request, request.params.meetingId)),
  );

  app.get(
    '/meetings/:meetingId/report/versions/:version',
    {
      schema: {
        tags: ['report'],
        params: versionParams,
        response: { 200: z.object({ document: reportDocumentSchema }) },
      },
    },
    async (request) => reports.version(await actorOf(request, request.params.meetingId), request.params.version),
  );

  app.post(
    '/meetings/:meetingId/report/versions/:version/restore',
    { schema: { tags: ['report'], params: versionParams, body: baseVersionBodySchema, response: stateResponse } },
    async (request) =>
      reports.restore(
        await actorOf(request, request.params.meetingId),
        request.params.version,
        request.body.baseVersion,
      ),
  );

  app.post(
    '/meetings/:meetingId/report/reviews',
    { schema: { tags: ['report'], params: meetingParams, response: stateResponse } },
    async (request) => reports.createReviews(await actorOf(request, request.params.meetingId)),
  );

  app.post(
    '/meetings/:meetingId/report/publish',
    {
      schema: {
        tags: ['report'],
        description: 'Publishes the current version. Refused while a Chatham House section names anyone.',
        params: meetingParams,
        body: baseVersionBodySchema,
        response: stateResponse,
      },
    },
    async (request) => reports.publish(await actorOf(request, request.params.meetingId), request.body.baseVersion),
  );

  app.get(
    '/meetings/:meetingId/report/export/:format',
    {
      schema: {
        tags: ['report'],
        description: 'The report as a file. Internal annexes only with annexes=1. Refused while names are found.',
        params: meetingParams.merge(formatParams),
        querystring: z.strictObject({ annexes: z.enum(['0', '1']).default('0') }),
      },
    },
    async (request, reply) => {
      const member = await actorOf(request, request.params.meetingId);
      const file = await reports.exportFor(member, request.params.format, request.query.annexes === '1');
      return sendFile(reply, file);
    },
  );

  const limited = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };

  app.get(
    '/review/:token',
    { ...limited, schema: { tags: ['report'], params: tokenParams, response: { 200: reviewPageSchema } } },
    async (request) => reports.reviewPage(request.params.token),
  );

  app.post(
    '/review/:token',
    {
      ...limited,
      schema: {
        tags: ['report'],
        params: tokenParams,
        body: reviewDecisionBodySchema,
        response: { 200: reviewPageSchema },
      },
    },
    async (request) => reports.decideReview(request.params.token, request.body),
  );
};

/** The read-only link of a published report: its HTML page and its files, public sections only. */
export const publishedRoutes: FastifyPluginAsyncZod<{ reports: ReportService }> = async (app, opts) => {
  const { reports } = opts;
  const limited = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };

  app.get('/r/:token', { ...limited, schema: { hide: true, params: tokenParams } }, async (request, reply) => {
    const report = await reports.published(request.params.token);
    const base = `/r/${encodeURIComponent(request.params.token)}/export`;
    const downloads = (['pdf', 'docx', 'md', 'json'] as const).map((format) => ({
      label: format.toUpperCase(),
      href: `${base}/${format}`,
    }));
    const file = await reports.render(report.meetingId, report.document, 'html', false, downloads);
    return sendFile(reply, file, true);
  });

  app.get(
    '/r/:token/export/:format',
    { ...limited, schema: { hide: true, params: tokenParams.merge(formatParams) } },
    async (request, reply) => {
      const report = await reports.published(request.params.token);
      return sendFile(reply, await reports.render(report.meetingId, report.document, request.params.format, false));
    },
  );
};
