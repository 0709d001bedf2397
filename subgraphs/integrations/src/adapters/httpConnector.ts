import {
  ErrorCode, isShortCircuit, requestJson, TaskCancelledError, UpstreamError, type HttpDispatcher, type JsonRequest, type ResiliencePolicy,
} from '@attendgate/platform';
import type { ConnectorAuth } from './connectorAuth.ts';
import type { TranslatedError } from './systemAdapter.ts';

/** The longest piece of an external system's own error message we keep (it is shown to the owner). */
const MAX_SYSTEM_MESSAGE = 200;

/** Sends requests to one external system with its auth, through the integration's resilience policy. */
export interface HttpConnector {
  /** With the policy's retries (background work: pushes, pulls). */
  call<T>(request: Omit<JsonRequest, 'signal'>): Promise<T>;
  /** One attempt through the same breaker and timeout (a person is waiting: testConnection). */
  callOnce<T>(request: Omit<JsonRequest, 'signal'>): Promise<T>;
}

export function createHttpConnector(options: { system: string; baseUrl: string; auth: ConnectorAuth; policy: ResiliencePolicy; dispatcher?: HttpDispatcher | undefined }): HttpConnector {
  const { system, baseUrl, auth, policy, dispatcher } = options;
  const once = async <T>(request: Omit<JsonRequest, 'signal'>, signal: AbortSignal) =>
    requestJson<T>(system, baseUrl, {
      ...request, headers: { ...(await auth.headers(signal)), ...request.headers }, signal,
      // The base URL passed the private-address check; a redirect must not lead past it, and the dispatcher
      // (where private addresses are not allowed) refuses a name that resolves to one.
      followRedirects: false,
      ...(dispatcher ? { dispatcher } : {}),
    });
  const attempt = async <T>(request: Omit<JsonRequest, 'signal'>, signal: AbortSignal) => {
    try {
      return await once<T>(request, signal);
    } catch (error) {
      // A cached OAuth2 token the system no longer accepts (revoked early): fetch a new one, once.
      if (!(auth.refreshable && error instanceof UpstreamError && error.status === 401)) throw error;
      auth.invalidate();
      return once<T>(request, signal);
    }
  };
  return {
    call: <T>(request: Omit<JsonRequest, 'signal'>) => policy.execute((signal) => attempt<T>(request, signal)),
    callOnce: <T>(request: Omit<JsonRequest, 'signal'>) => policy.executeOnce((signal) => attempt<T>(request, signal)),
  };
}

/** What an external system's error body says, in its own format. */
export interface SystemErrorDetail {
  code?: string | undefined;
  message?: string | undefined;
}

const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, MAX_SYSTEM_MESSAGE);

/**
 * Maps any failure of a call to our codes: refused credentials → INTEGRATION_AUTH_FAILED; a request the
 * system refuses as wrong (other 4xx) → INTEGRATION_REJECTED (never retried: sending it again cannot help);
 * 429 → INTEGRATION_RATE_LIMITED; timeouts, network faults, 5xx and an open circuit → UPSTREAM_UNAVAILABLE.
 * `read` extracts the system's own code and message from its error body.
 */
export function translateHttpError(system: string, error: unknown, read: (body: unknown) => SystemErrorDetail): TranslatedError {
  if (isShortCircuit(error)) return { code: ErrorCode.UPSTREAM_UNAVAILABLE, message: `${system} is failing; calls are paused for a while (circuit open)`, transient: true };
  if (error instanceof TaskCancelledError) return { code: ErrorCode.UPSTREAM_UNAVAILABLE, message: `${system} did not answer in time`, transient: true };
  // Anything else is our own failure, not the system's: said so, without internals (they are in the log).
  if (!(error instanceof UpstreamError)) return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: `the sync with ${system} failed unexpectedly`, transient: true };
  // No answer: unreachable (transient), or refused before connecting because its address is private (not).
  if (error.status === null) return { code: ErrorCode.UPSTREAM_UNAVAILABLE, message: clean(error.message), transient: error.transient };
  const detail = (() => {
    try {
      return read(error.body);
    } catch {
      return {};
    }
  })();
  const said = [detail.code, detail.message].filter((part): part is string => typeof part === 'string' && part.length > 0).join(': ');
  const message = clean(said ? `${system} answered HTTP ${error.status} (${said})` : `${system} answered HTTP ${error.status}`);
  if (error.status === 401 || error.status === 403) return { code: ErrorCode.INTEGRATION_AUTH_FAILED, message, transient: false };
  if (error.status === 429) return { code: ErrorCode.INTEGRATION_RATE_LIMITED, message, transient: true };
  if (error.transient) return { code: ErrorCode.UPSTREAM_UNAVAILABLE, message, transient: true };
  return { code: ErrorCode.INTEGRATION_REJECTED, message, transient: false };
}

/** Reads a property path of an unknown JSON body as a string. */
export function textAt(body: unknown, ...path: (string | number)[]): string | undefined {
  let current = body;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return typeof current === 'string' ? current : undefined;
}
