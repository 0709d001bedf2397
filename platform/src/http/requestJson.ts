import type { Dispatcher } from 'undici';
import { UpstreamError } from '../resilience/errors.ts';
import { PrivateAddressError } from './publicAddresses.ts';

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Appended to the base URL. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Sent as `application/x-www-form-urlencoded` instead of a JSON body (OAuth2 token endpoints, RFC 6749). */
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /**
   * Whether redirects are followed (default true). Callers whose base URL a user chose pass false, so a
   * redirect cannot take the request somewhere the URL check refused (SSRF); a redirect is then a 3xx error.
   */
  followRedirects?: boolean;
  /**
   * The HTTP client to connect with (default: Node's). Callers whose base URL a user chose pass
   * `publicAddressesOnly()`, which refuses names that resolve to private addresses.
   */
  dispatcher?: Dispatcher;
  /** Cancels the request (the resilience policy's per-attempt timeout). */
  signal?: AbortSignal;
}

/** Largest response body an adapter reads; external systems are not trusted to bound themselves. */
const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

/**
 * Sends a JSON request to an external system and classifies every failure as an UpstreamError, so the
 * resilience policy can tell transient faults (network, timeout, 5xx, 429) from the caller's mistakes (4xx).
 */
export async function requestJson<T>(system: string, baseUrl: string, request: JsonRequest): Promise<T> {
  const url = new URL(baseUrl.replace(/\/$/, '') + request.path);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  let response: Response;
  try {
    const form = request.form ? new URLSearchParams(request.form).toString() : undefined;
    const json = request.body === undefined ? undefined : JSON.stringify(request.body);
    response = await fetch(url, {
      method: request.method ?? (json === undefined && form === undefined ? 'GET' : 'POST'),
      headers: {
        accept: 'application/json',
        ...(form !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...request.headers,
      },
      body: form ?? json,
      redirect: request.followRedirects === false ? 'manual' : 'follow',
      signal: request.signal ?? null,
      ...(request.dispatcher ? { dispatcher: request.dispatcher } : {}),
    } as RequestInit);
  } catch (error) {
    // Not transient: the address will not become public by asking again.
    if (causedBy(error, PrivateAddressError)) throw new UpstreamError(system, `${system}'s address is private or local, which is not allowed`, { transient: false, cause: error });
    throw new UpstreamError(system, `${system} could not be reached`, { transient: true, cause: error });
  }
  const text = await readBounded(response, system);
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new UpstreamError(system, `${system} answered with malformed JSON`, { status: response.status, transient: response.status >= 500, cause: error });
    }
  }
  if (!response.ok) {
    const transient = response.status >= 500 || response.status === 429 || response.status === 408;
    throw new UpstreamError(system, `${system} answered HTTP ${response.status}`, { status: response.status, transient, body });
  }
  return body as T;
}

async function readBounded(response: Response, system: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw new UpstreamError(system, `${system} answered with an oversized body`, { status: response.status, transient: false });
  }
  try {
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > MAX_RESPONSE_BYTES) {
      throw new UpstreamError(system, `${system} answered with an oversized body`, { status: response.status, transient: false });
    }
    return new TextDecoder().decode(buffer);
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    throw new UpstreamError(system, `${system} connection broke while answering`, { status: response.status, transient: true, cause: error });
  }
}

/** Whether `error` or one of its causes is an instance of `type` (fetch wraps connection errors in TypeError). */
function causedBy(error: unknown, type: new (...args: never[]) => Error): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof type) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
