import type { FieldCipher } from '@attendgate/platform';
import type { Credentials } from '../domain/connection.ts';

/**
 * Credentials at rest: one AES-256-GCM ciphertext per integration (the platform cipher, key ids for
 * rotation), bound to the integration's id by the associated data, so a ciphertext copied onto another
 * integration does not open there. Opened only in memory, to call the system; never returned or logged.
 */
const purpose = (integrationId: string) => `integrations.integration.credentials:${integrationId}`;

export function sealCredentials(cipher: FieldCipher, integrationId: string, credentials: Credentials): string {
  return cipher.encrypt(JSON.stringify(credentials), purpose(integrationId));
}

export function openCredentials(cipher: FieldCipher, integrationId: string, ciphertext: string): Credentials {
  return JSON.parse(cipher.decrypt(ciphertext, purpose(integrationId))) as Credentials;
}
