import { randomUUID } from 'node:crypto';
import type { SimulatorState } from '../simulator.ts';
import { DEFAULT_SENDER_NUMBERS } from './messageRules.ts';

export type MessageChannel = 'SMS' | 'LMS' | 'EMAIL' | 'PUSH';
export type DeliveryStatus = 'ACCEPTED' | 'DELIVERED' | 'FAILED';

/** One message the provider accepted. */
export interface SentMessage {
  messageId: string;
  channel: MessageChannel;
  from: string;
  to: string;
  /** SMS/LMS text, e-mail subject + text, push title + body. */
  subject: string | null;
  text: string;
  clientReference: string | null;
  acceptedAt: string;
  /** Set when the recipient was marked unreachable: the message is accepted, then fails to deliver. */
  failureReason: string | null;
}

export interface MessageStatus extends SentMessage {
  status: DeliveryStatus;
  deliveredAt: string | null;
}

/** Messages kept; the oldest are forgotten first (a provider keeps delivery reports for a while only). */
export const MESSAGE_HISTORY_CAPACITY = 10_000;

/**
 * The provider's data: accepted messages (with idempotency by client reference per API key), registered
 * sender numbers, recipients that cannot be reached, and how long delivery takes.
 */
export class MessagingState implements SimulatorState {
  readonly #messages: SentMessage[] = [];
  readonly #byReference = new Map<string, SentMessage>();
  readonly #senders = new Set<string>(DEFAULT_SENDER_NUMBERS);
  readonly #unreachable = new Set<string>();
  /** Delivery reports turn DELIVERED (or FAILED) this long after acceptance. */
  deliveryDelayMs = 0;

  /** Records a message, or returns the one already accepted under the same key and client reference. */
  accept(apiKey: string, message: Omit<SentMessage, 'messageId' | 'acceptedAt' | 'failureReason'>): { message: SentMessage; replayed: boolean } {
    const referenceKey = message.clientReference ? `${apiKey}\u0000${message.clientReference}` : null;
    const existing = referenceKey ? this.#byReference.get(referenceKey) : undefined;
    if (existing) return { message: existing, replayed: true };
    const stored: SentMessage = {
      ...message,
      messageId: `${message.channel.toLowerCase()}_${randomUUID()}`,
      acceptedAt: new Date().toISOString(),
      failureReason: this.#unreachable.has(message.to) ? 'UNREACHABLE' : null,
    };
    this.#messages.push(stored);
    if (referenceKey) this.#byReference.set(referenceKey, stored);
    if (this.#messages.length > MESSAGE_HISTORY_CAPACITY) {
      const dropped = this.#messages.shift()!;
      for (const [key, value] of this.#byReference) if (value === dropped) this.#byReference.delete(key);
    }
    return { message: stored, replayed: false };
  }

  status(messageId: string, now = Date.now()): MessageStatus | undefined {
    const message = this.#messages.find((m) => m.messageId === messageId);
    return message ? this.#statusOf(message, now) : undefined;
  }

  /** Accepted messages, oldest first, optionally only one channel or recipient. */
  messages(filter: { channel?: MessageChannel; to?: string } = {}): MessageStatus[] {
    const now = Date.now();
    return this.#messages
      .filter((m) => (!filter.channel || m.channel === filter.channel) && (!filter.to || m.to === filter.to))
      .map((m) => this.#statusOf(m, now));
  }

  isRegisteredSender(number: string): boolean {
    return this.#senders.has(number);
  }

  registerSender(number: string): void {
    this.#senders.add(number);
  }

  /** Messages to this recipient are accepted and then fail to deliver (switched off, out of service). */
  markUnreachable(recipient: string): void {
    this.#unreachable.add(recipient);
  }

  clearUnreachable(recipient: string): void {
    this.#unreachable.delete(recipient);
  }

  reset(): void {
    this.#messages.length = 0;
    this.#byReference.clear();
    this.#senders.clear();
    for (const number of DEFAULT_SENDER_NUMBERS) this.#senders.add(number);
    this.#unreachable.clear();
    this.deliveryDelayMs = 0;
  }

  #statusOf(message: SentMessage, now: number): MessageStatus {
    const settledAt = Date.parse(message.acceptedAt) + this.deliveryDelayMs;
    if (now < settledAt) return { ...message, status: 'ACCEPTED', deliveredAt: null };
    if (message.failureReason) return { ...message, status: 'FAILED', deliveredAt: null };
    return { ...message, status: 'DELIVERED', deliveredAt: new Date(settledAt).toISOString() };
  }
}
