/** Every error the product can report on purpose. One vocabulary for forms (HTML) and the API (problem+json). */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 422,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  RATE_LIMITED: 429,
  INVALID_CREDENTIALS: 401,
  INVALID_STATE: 409,
  CONFLICT: 409,
  TENANT_UNKNOWN: 404,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A field-level message: the i18n key of the text and its interpolation values. */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}

/** An expected failure; routes turn it into an error summary or a problem document. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
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
