import { METHODS, type AppApi, type Method } from './contract';
import { ApiErrorSchema, type ApiErrorBody, type Envelope } from './errors';

/** Carries one call to the back end and returns its envelope (IPC in Electron, HTTP in a browser). */
export type Transport = (method: Method, input: unknown) => Promise<Envelope<unknown>>;

/** Error thrown by the client for a failed call; `code` is one of ERROR_CODES. */
export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly details: unknown;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.details = body.details;
  }
}

function unwrap(envelope: Envelope<unknown>): unknown {
  if (envelope.ok) return envelope.value;
  const body = ApiErrorSchema.safeParse(envelope.error);
  throw new ApiError(body.success ? body.data : { code: 'internal', message: 'malformed error' });
}

/** Builds the typed API over a transport: one async function per contract method. */
export function createClient(transport: Transport): AppApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of METHODS) {
    api[name] = async (input: unknown) => unwrap(await transport(name, input ?? {}));
  }
  return api as unknown as AppApi;
}
