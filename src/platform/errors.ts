import type { MessageKey } from './i18n/i18n.ts';

/** Every error the product can report on purpose. One vocabulary for forms (HTML) and the API (problem+json). */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 422,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_CREDENTIALS: 401,
  INVALID_STATE: 409,
  CONFLICT: 409,
  TENANT_UNKNOWN: 404,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A field-level message: the i18n key of the text and its interpolation values. */
export interface FieldError {
  key: MessageKey;
  values?: Record<string, string | number>;
}

/** An expected failure; routes turn it into an error summary or a problem document. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  /** For RATE_LIMITED: seconds until another attempt is allowed (sent as Retry-After). */
  retryAfter?: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly fields: Record<string, FieldError> = {},
  ) {
    super(detail ?? code);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what?: string) => new AppError('NOT_FOUND', what);
export const forbidden = (why?: string) => new AppError('FORBIDDEN', why);
export const invalidState = (why: string) => new AppError('INVALID_STATE', why);

/**
 * A safety net for input that slipped past validation: constraint violations from PostgreSQL become
 * client errors instead of a 500 (foreign key ▸ 422, unique ▸ 409, malformed value ▸ 422).
 */
export function fromDatabaseError(err: unknown): AppError | undefined {
  let cur: unknown = err;
  for (let depth = 0; cur && depth < 4; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (code === '23503')
      return new AppError('VALIDATION_FAILED', 'The request refers to something that does not exist.');
    if (code === '23505') return new AppError('CONFLICT', 'This exists already.');
    if (code === '23514') return new AppError('VALIDATION_FAILED', 'A value is outside what is allowed.');
    if (code === '22P02' || code === '22007' || code === '22008')
      return new AppError('VALIDATION_FAILED', 'A value has the wrong format.');
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}
