import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_VERSION = 'v1';

/**
 * AES-256-GCM encryption of single fields (business numbers and the like) with key ids.
 *
 * Ciphertexts look like `v1:<keyId>:<base64 iv|tag|data>`, so keys can be rotated: new data uses the active key,
 * old data still names the key it needs. The associated data binds a ciphertext to its purpose (for example
 * `users.business_number`), so a value copied into another column does not decrypt there.
 */
export interface FieldCipher {
  encrypt(plaintext: string, associatedData: string): string;
  decrypt(ciphertext: string, associatedData: string): string;
  /** True when the value was encrypted with a key other than the active one (a candidate for re-encryption). */
  needsRotation(ciphertext: string): boolean;
}

export function createFieldCipher(rawKeys: ReadonlyMap<string, Buffer>, activeKeyId: string): FieldCipher {
  // KeyObjects made once: a raw Buffer would be imported again by every encrypt and decrypt.
  const keys = new Map<string, KeyObject>([...rawKeys].map(([id, key]) => [id, createSecretKey(key)]));
  const activeKey = keys.get(activeKeyId);
  if (!activeKey) throw new Error(`field encryption key "${activeKeyId}" is not configured`);
  return {
    encrypt(plaintext, associatedData) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, activeKey, iv);
      cipher.setAAD(Buffer.from(associatedData));
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const payload = Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
      return `${FORMAT_VERSION}:${activeKeyId}:${payload}`;
    },
    decrypt(ciphertext, associatedData) {
      const [version, keyId, payload] = ciphertext.split(':');
      if (version !== FORMAT_VERSION || !keyId || !payload) throw new Error('malformed ciphertext');
      const key = keys.get(keyId);
      if (!key) throw new Error(`field encryption key "${keyId}" is not configured`);
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv(ALGORITHM, key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(associatedData));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
    needsRotation(ciphertext) {
      return ciphertext.split(':')[1] !== activeKeyId;
    },
  };
}
