import { defineSimulator } from '../simulator.ts';
import { mountMessagingAdmin } from './adminRoutes.ts';
import { mountMessagingRoutes } from './routes.ts';
import { MessagingState } from './state.ts';

/**
 * A Korean bulk-messaging provider (SMS/LMS, e-mail, push) as services use one: winners' text messages,
 * operators' alerts. See simulators/README.md for its API, rules and admin routes.
 */
export const messagingSimulator = defineSimulator({
  name: 'messaging',
  stateKey: 'messaging',
  createState: () => new MessagingState(),
  mount(router, { state }) {
    mountMessagingRoutes(router, state);
  },
  mountAdmin(router, { state }) {
    mountMessagingAdmin(router, state);
  },
});

export { MessagingState, MESSAGE_HISTORY_CAPACITY } from './state.ts';
export type { DeliveryStatus, MessageChannel, MessageStatus, SentMessage } from './state.ts';
export { carrierBytes, smsTypeOf, DEFAULT_SENDER_NUMBERS, SMS_MAX_BYTES, LMS_MAX_BYTES } from './messageRules.ts';
