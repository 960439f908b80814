/**
 * Domain errors: a closed set of stable codes. Clients and tests match the code, never the
 * message. The HTTP status of each code lives in one table (src/server/http/errors.ts), typed
 * as Record<ErrorCode, number> so a missing mapping fails to compile.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'INVALID_CREDIT_CODE',
  'INVALID_DATE',
  'UNKNOWN_KEY',
  'UNKNOWN_VALUE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE',
  'RULE_VIOLATION',
  'CERTIFICATE_INVALID',
  'NOT_ENOUGH_OFFICERS',
  'FILE_REJECTED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'LAW_PARSE_ERROR',
  'CATALOGUE_INVALID',
  'BENCHMARK_INVALID',
  'FONT_MISSING',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
