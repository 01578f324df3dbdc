import { HiwarError } from '@hiwar/client';
import { ERROR_CODES, type ErrorCode } from '@hiwar/protocol';
import type { TFunction } from 'i18next';

const KNOWN = new Set<string>(ERROR_CODES);

/** The error code of anything thrown by the client, or null for network failures and bugs. */
export function errorCodeOf(error: unknown): ErrorCode | null {
  if (error instanceof HiwarError && KNOWN.has(error.code)) return error.code;
  if (error && typeof error === 'object' && 'code' in error && KNOWN.has(String(error.code))) {
    return (error as { code: ErrorCode }).code;
  }
  return null;
}

/** A translated, user-facing message for a thrown error; server codes are translated by code. */
export function errorMessage(t: TFunction, error: unknown): string {
  const code = errorCodeOf(error);
  return code ? t(`errors.${code}`) : t('common.networkError');
}
