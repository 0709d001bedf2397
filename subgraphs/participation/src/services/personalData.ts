import { maskName, maskPhone, type BlindIndex, type FieldCipher } from '@attendgate/platform';

/**
 * How this subgraph stores a customer's personal data: encrypted per column (associated data naming it),
 * the phone found only through its blind index, and the masked forms owners see stored beside them.
 */
export const NAME_PURPOSE = 'participation.name';
export const PHONE_PURPOSE = 'participation.phone';
export const DRAW_SEED_PURPOSE = 'participation.draw_seed';
/**
 * Blind-index purpose of a customer's phone. Named after what it identifies, not after this table: the same
 * key is the `customerKey` of ParticipantRegistered and WinnerSelected, equal for one customer in every event.
 */
export const CUSTOMER_KEY_PURPOSE = 'customer.phone';

export interface StoredContact {
  nameCiphertext: string;
  phoneCiphertext: string;
  phoneIndex: string;
  maskedName: string;
  maskedPhone: string;
}

export function createPersonalData(cipher: FieldCipher, blindIndex: BlindIndex) {
  return {
    customerKey: (normalisedPhone: string) => blindIndex(CUSTOMER_KEY_PURPOSE, normalisedPhone),
    store(name: string, normalisedPhone: string): StoredContact {
      return {
        nameCiphertext: cipher.encrypt(name, NAME_PURPOSE),
        phoneCiphertext: cipher.encrypt(normalisedPhone, PHONE_PURPOSE),
        phoneIndex: blindIndex(CUSTOMER_KEY_PURPOSE, normalisedPhone),
        maskedName: maskName(name),
        maskedPhone: maskPhone(normalisedPhone),
      };
    },
    open(row: { nameCiphertext: string; phoneCiphertext: string }): { name: string; phone: string } {
      return { name: cipher.decrypt(row.nameCiphertext, NAME_PURPOSE), phone: cipher.decrypt(row.phoneCiphertext, PHONE_PURPOSE) };
    },
  };
}

export type PersonalData = ReturnType<typeof createPersonalData>;
