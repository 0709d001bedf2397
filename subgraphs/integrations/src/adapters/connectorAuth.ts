import { requestJson, UpstreamError, type HttpDispatcher } from '@attendgate/platform';
import type { Credentials } from '../domain/connection.ts';

/** Refresh an OAuth2 token this long before it expires, so a request never leaves with a token about to die. */
const TOKEN_REFRESH_MARGIN_MS = 30_000;
const DEFAULT_TOKEN_PATH = '/oauth/token';

/** How an adapter authenticates its requests; the API key's header is the system's own convention. */
export interface ConnectorAuth {
  headers(signal: AbortSignal): Promise<Record<string, string>>;
  /** Drops a cached token the system refused (revoked before it expired), so the next call fetches one. */
  invalidate(): void;
  readonly refreshable: boolean;
}

interface TokenAnswer {
  access_token?: unknown;
  expires_in?: unknown;
}

/**
 * The first link of seed 001's connector chain: API key (in the header the system expects), HTTP Basic, or
 * OAuth2 client credentials (a token from the system's token endpoint, cached until shortly before it
 * expires). Secrets stay inside this closure; nothing here logs.
 */
export function createConnectorAuth(options: {
  system: string;
  baseUrl: string;
  credentials: Credentials;
  apiKeyHeader: (apiKey: string) => Record<string, string>;
  /** The HTTP client (createAdapter's: public addresses only where private ones are not allowed). */
  dispatcher?: HttpDispatcher | undefined;
}): ConnectorAuth {
  const { credentials } = options;
  let token: { value: string; expiresAt: number } | null = null;
  return {
    refreshable: credentials.kind === 'OAUTH2_CLIENT_CREDENTIALS',
    invalidate() {
      token = null;
    },
    async headers(signal) {
      switch (credentials.kind) {
        case 'API_KEY':
          return options.apiKeyHeader(credentials.apiKey);
        case 'BASIC':
          return { authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` };
        case 'OAUTH2_CLIENT_CREDENTIALS': {
          if (!token || token.expiresAt - TOKEN_REFRESH_MARGIN_MS <= Date.now()) {
            const answer = await requestJson<TokenAnswer>(options.system, options.baseUrl, {
              method: 'POST',
              path: credentials.tokenPath ?? DEFAULT_TOKEN_PATH,
              form: {
                grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: credentials.clientSecret,
                ...(credentials.scope ? { scope: credentials.scope } : {}),
              },
              signal,
              followRedirects: false,
              ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
            });
            if (typeof answer?.access_token !== 'string') {
              throw new UpstreamError(options.system, `${options.system} token endpoint answered without an access_token`, { status: 200, transient: false });
            }
            const lifetimeS = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in : 300;
            token = { value: answer.access_token, expiresAt: Date.now() + lifetimeS * 1000 };
          }
          return { authorization: `Bearer ${token.value}` };
        }
      }
    },
  };
}
