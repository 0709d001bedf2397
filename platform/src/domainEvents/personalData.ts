import type { FieldCipher } from '../crypto/fieldEncryption.ts';
import type { DomainEventType } from './catalog.ts';

/** A person's contact details as events carry them (sealed). */
export interface ContactDetails {
  name: string;
  phone: string;
}

/** The associated data binds a sealed value to the event type it was sealed for. */
const purpose = (type: DomainEventType) => `domain-event:${type}`;

/** Seals personal data for an event payload with the platform's field cipher (AES-256-GCM, key ids). */
export function sealPersonalData(cipher: FieldCipher, type: DomainEventType, value: ContactDetails): string {
  return cipher.encrypt(JSON.stringify(value), purpose(type));
}

/** Opens what `sealPersonalData` sealed; only consumers with a reason to see the person call it. */
export function openPersonalData(cipher: FieldCipher, type: DomainEventType, sealed: string): ContactDetails {
  return JSON.parse(cipher.decrypt(sealed, purpose(type))) as ContactDetails;
}
