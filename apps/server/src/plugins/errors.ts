import { wireError } from '@hiwar/protocol';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, statusOf } from '../lib/app-error.js';

/** Answers every failure with `{ error: { code, message, issues? } }` and the matching status. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(statusOf(error.code)).send({ error: error.toWire() });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: `${error.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`,
        message: v.message ?? 'invalid',
      }));
      return reply.status(400).send({ error: wireError('VALIDATION_FAILED', issues) });
    }
    if (error instanceof ZodError) {
      const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return reply.status(400).send({ error: wireError('VALIDATION_FAILED', issues) });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      return reply.status(413).send({ error: wireError('PAYLOAD_TOO_LARGE') });
    }
    if (error.statusCode === 429) return reply.status(429).send({ error: wireError('RATE_LIMITED') });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, wrong content type and the like.
      return reply.status(400).send({ error: wireError('VALIDATION_FAILED', [{ path: '', message: error.message }]) });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: wireError('INTERNAL') });
  });
}
