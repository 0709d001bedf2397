export { maskName, maskPhone, maskEmail, maskBusinessNumber } from './masking.ts';
export { createFieldCipher, type FieldCipher } from './fieldEncryption.ts';
export { createBlindIndex, type BlindIndex } from './blindIndex.ts';
export { randomToken, sha256Hex, constantTimeEqual } from './tokens.ts';
