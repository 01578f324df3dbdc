import type { IncomingMessage } from 'node:http';
import { jsonTooDeep, payloadFault, wireError } from '@hiwar/protocol';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../lib/app-error.js';

/**
 * Whether a request comes from the configured public origin (or from a non-browser client). The one rule
 * for the socket handshake and every state-changing HTTP route: browsers send Origin on cross-site
 * requests, and Sec-Fetch-Site on all of them; a client that sends neither is not a browser, so it
 * carries no cookie a page could have borrowed.
 */
export function originAllowed(req: Pick<IncomingMessage, 'headers'>, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (origin) return origin === new URL(publicUrl).origin;
  // Browsers always send Origin cross-site; a same-origin polling request may omit it.
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether the request says it carries a body (a length above zero, or a chunked one). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** The media type of a Content-Type header, without parameters, lower-cased. */
function mediaType(header: string | undefined): string | undefined {
  return header?.split(';')[0]?.trim().toLowerCase();
}

/**
 * Guards every route at once, so a new route cannot forget it:
 * - a state-changing request (POST, PUT, PATCH, DELETE) from another site is refused (ORIGIN_NOT_ALLOWED),
 *   before any route runs;
 * - a state-changing request that sends a body, or names a content type, must send JSON (JSON_REQUIRED):
 *   forms and text/plain are what a page on another site can post without asking, so they are never read;
 * - a JSON body nested deeper than LIMITS.payloadDepth is refused before it is parsed, and one carrying
 *   `__proto__`, `constructor` or `prototype` keys after (VALIDATION_FAILED), without a stack trace.
 */
export function registerRequestGuard(app: FastifyInstance, options: { publicUrl: string }) {
  app.addHook('onRequest', async (request, reply) => {
    if (!STATE_CHANGING.has(request.method)) return;
    if (!originAllowed(request.raw, options.publicUrl)) {
      return reply.status(403).send({ error: wireError('ORIGIN_NOT_ALLOWED') });
    }
    const type = mediaType(request.headers['content-type']);
    if ((type !== undefined || hasBody(request.raw)) && type !== 'application/json') {
      return reply.status(415).send({ error: wireError('JSON_REQUIRED') });
    }
  });

  // Only JSON is ever parsed: the built-in text/plain parser goes, and JSON gets the depth and key checks.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    if (jsonTooDeep(text)) return done(invalid('nested too deep'), undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return done(invalid('not valid JSON'), undefined);
    }
    const fault = payloadFault(parsed);
    if (fault) return done(invalid(fault), undefined);
    done(null, parsed);
  });
}

const invalid = (message: string) => new AppError('VALIDATION_FAILED', [{ path: 'body', message }]);
