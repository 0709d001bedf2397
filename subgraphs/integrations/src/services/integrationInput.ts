import { AppError, ErrorCode } from '@attendgate/platform';
import { authHint, checkBaseUrl, credentialsProblem, type ConnectionDialect, type Credentials } from '../domain/connection.ts';
import { parseIntegrationRules, pulls, pushes, type IntegrationRules, type SyncDirection } from '../domain/integrationRules.ts';
import { fromEnumValue, type PushEventType } from '../domain/pushEvents.ts';

/** The connection as GraphQL hands it over (one of three auth inputs). */
export interface ConnectionArgs {
  baseUrl: string;
  dialect?: ConnectionDialect | null;
  auth: {
    apiKey?: { apiKey: string } | null;
    oauth2?: { clientId: string; clientSecret: string; tokenPath?: string | null; scope?: string | null } | null;
    basic?: { username: string; password: string } | null;
  };
}

export interface CheckedConnection {
  baseUrl: string;
  dialect: ConnectionDialect;
  credentials: Credentials;
  authHint: string | null;
}

export const MAX_NAME_LENGTH = 100;

/** A display name: trimmed, 1 to 100 characters, no control characters. */
export function checkName(raw: string): string {
  const name = raw.trim();
  if (!name || name.length > MAX_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(name)) {
    throw AppError.badInput(`name must be 1 to ${MAX_NAME_LENGTH} characters.`, 'name');
  }
  return name;
}

export function checkConnection(args: ConnectionArgs, allowPrivateUrls: boolean): CheckedConnection {
  const url = checkBaseUrl(args.baseUrl, allowPrivateUrls);
  if ('reason' in url) throw AppError.badInput(`baseUrl ${url.reason}.`, 'connection.baseUrl');
  const given = [args.auth.apiKey, args.auth.oauth2, args.auth.basic].filter((auth) => auth);
  if (given.length !== 1) throw AppError.badInput('auth takes exactly one of apiKey, oauth2 or basic.', 'connection.auth');
  const credentials: Credentials = args.auth.apiKey
    ? { kind: 'API_KEY', apiKey: args.auth.apiKey.apiKey }
    : args.auth.oauth2
      ? { kind: 'OAUTH2_CLIENT_CREDENTIALS', clientId: args.auth.oauth2.clientId, clientSecret: args.auth.oauth2.clientSecret, tokenPath: args.auth.oauth2.tokenPath ?? null, scope: args.auth.oauth2.scope ?? null }
      : { kind: 'BASIC', username: args.auth.basic!.username, password: args.auth.basic!.password };
  const problem = credentialsProblem(credentials);
  if (problem) throw AppError.badInput(`${problem.field} ${problem.reason}.`, problem.field);
  return { baseUrl: url.url, dialect: args.dialect ?? 'NATIVE', credentials, authHint: authHint(credentials) };
}

/** Event types from their GraphQL spelling, without repeats. */
export function checkSubscribedEvents(values: readonly string[]): PushEventType[] {
  const types = new Set<PushEventType>();
  for (const value of values) {
    const type = fromEnumValue(value);
    if (!type) throw AppError.badInput(`Unknown event type ${value}.`, 'subscribedEvents');
    types.add(type);
  }
  return [...types];
}

/**
 * The whole configuration checked together, because the parts depend on each other: the direction decides
 * which rule sets must exist, the generic webhook adapter cannot pull, subscribed events need a pushing
 * direction. Invalid mapping rules are INVALID_MAPPING_RULES naming the first problem's place.
 */
export function checkSyncConfiguration(options: {
  direction: SyncDirection;
  dialect: ConnectionDialect;
  subscribedEvents: PushEventType[];
  mappingRules: unknown;
}): IntegrationRules {
  const { direction, dialect, subscribedEvents } = options;
  if (dialect === 'WEBHOOK' && pulls(direction)) throw AppError.badInput('The generic webhook adapter only pushes: use direction PUSH.', 'direction');
  if (!pushes(direction) && subscribedEvents.length) throw AppError.badInput('A PULL integration subscribes to no events.', 'subscribedEvents');
  if (pushes(direction) && !subscribedEvents.length) throw AppError.badInput('A pushing integration subscribes to at least one event.', 'subscribedEvents');
  const parsed = parseIntegrationRules(options.mappingRules, direction, subscribedEvents);
  if (!parsed.rules) {
    const first = parsed.problems[0]!;
    throw new AppError(ErrorCode.INVALID_MAPPING_RULES, `Mapping rules are not valid: ${first.rulePath ? `${first.rulePath}: ` : ''}${first.reason}`, {
      field: 'mappingRules',
      rulePath: first.rulePath,
      reason: first.reason,
      problems: parsed.problems.map((problem) => `${problem.rulePath}: ${problem.reason}`),
    });
  }
  return parsed.rules;
}
