/**
 * The domain events an integration can push (issue 9). Their payloads are the contracts in
 * platform/src/domainEvents/contracts; nothing else about a person is sent than what those carry.
 */
export const PUSH_EVENT_TYPES = ['ParticipantRegistered', 'EventPublished', 'WinnerSelected', 'PaymentCompleted', 'CheckedIn'] as const;
export type PushEventType = (typeof PUSH_EVENT_TYPES)[number];

/** GraphQL spells the event types as enum values (PARTICIPANT_REGISTERED). */
export const toEnumValue = (type: PushEventType) => type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
export const fromEnumValue = (value: string): PushEventType | undefined => PUSH_EVENT_TYPES.find((type) => toEnumValue(type) === value);
