import { z } from 'zod';
import type { Json } from './fieldPath.ts';
import { MAX_RULES_JSON_BYTES, parseRuleSet, type RuleProblem, type RuleSet } from './mappingRules.ts';
import { PUSH_EVENT_TYPES, type PushEventType } from './pushEvents.ts';

export const INTEGRATION_TYPES = ['CRM', 'ERP', 'LMS', 'MARKETING'] as const;
export type IntegrationType = (typeof INTEGRATION_TYPES)[number];
export const SYNC_DIRECTIONS = ['PUSH', 'PULL', 'BOTH'] as const;
export type SyncDirection = (typeof SYNC_DIRECTIONS)[number];

export const pushes = (direction: SyncDirection) => direction !== 'PULL';
export const pulls = (direction: SyncDirection) => direction !== 'PUSH';

/**
 * An integration's mapping rules: one rule set per domain event it pushes (`push.ParticipantRegistered`),
 * and one for the records it pulls (`pull`). Which sets must exist follows from the direction and the
 * subscribed events, so an integration can never receive an event it has no mapping for.
 */
export interface IntegrationRules {
  push: Partial<Record<PushEventType, RuleSet>>;
  pull: RuleSet | null;
}

const shape = z.strictObject({ push: z.record(z.string(), z.unknown()).optional(), pull: z.unknown().optional() });

export function parseIntegrationRules(
  value: unknown,
  direction: SyncDirection,
  subscribedEvents: readonly PushEventType[],
): { rules: IntegrationRules; problems: [] } | { rules: null; problems: RuleProblem[] } {
  if (JSON.stringify(value ?? null).length > MAX_RULES_JSON_BYTES) {
    return { rules: null, problems: [{ rulePath: '', reason: `mapping rules may be at most ${MAX_RULES_JSON_BYTES} bytes of JSON` }] };
  }
  const parsed = shape.safeParse(value);
  if (!parsed.success) return { rules: null, problems: [{ rulePath: '', reason: 'mapping rules are an object with "push" (rule sets by event type) and "pull" (a rule set)' }] };
  const problems: RuleProblem[] = [];
  const rules: IntegrationRules = { push: {}, pull: null };
  for (const [type, set] of Object.entries(parsed.data.push ?? {})) {
    if (!(PUSH_EVENT_TYPES as readonly string[]).includes(type)) {
      problems.push({ rulePath: `push.${type}`, reason: `unknown event type (known: ${PUSH_EVENT_TYPES.join(', ')})` });
      continue;
    }
    const result = parseRuleSet(set, `push.${type}`);
    if (result.ruleSet) rules.push[type as PushEventType] = result.ruleSet;
    else problems.push(...result.problems);
  }
  if (parsed.data.pull !== undefined && parsed.data.pull !== null) {
    const result = parseRuleSet(parsed.data.pull, 'pull');
    if (result.ruleSet) rules.pull = result.ruleSet;
    else problems.push(...result.problems);
  }
  if (pushes(direction)) {
    for (const type of subscribedEvents) {
      if (!parsed.data.push?.[type]) problems.push({ rulePath: `push.${type}`, reason: 'the integration subscribes to this event but has no rule set for it' });
    }
  }
  if (pulls(direction) && parsed.data.pull === undefined) problems.push({ rulePath: 'pull', reason: 'a pulling integration needs a pull rule set' });
  if (problems.length) return { rules: null, problems: problems.slice(0, 20) };
  return { rules, problems: [] };
}

/** The rules as stored (JSON) and shown back to the owner. */
export function rulesToJson(rules: IntegrationRules): Json {
  return JSON.parse(JSON.stringify(rules)) as Json;
}
