import { z } from 'zod';

/** Error codes that cross the API boundary; the renderer translates each one (errors.<code>). */
export const ERROR_CODES = [
  'bad_request', // body is not JSON, or not an object
  'invalid_input', // input fails the method's schema
  'unknown_method',
  'unauthorized', // web shell: missing or wrong token
  'forbidden', // wrong sender frame / host
  'not_found',
  'conflict',
  'unsupported_version', // data from a newer app or an unknown model version
  'storage_error', // disk full, read-only, locked
  'import_rejected', // hostile or malformed bundle
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ApiErrorSchema = z.object({
  code: ErrorCodeSchema,
  /** human-readable, Chinese first; the UI prefers its own translation of `code` plus `details` */
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

/** Thrown by services for expected failures; dispatch turns it into an ApiErrorBody. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** HTTP status for each code, used by the web shell. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_input: 422,
  unknown_method: 404,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_version: 422,
  storage_error: 507,
  import_rejected: 422,
  internal: 500,
};

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
