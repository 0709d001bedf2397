import { normaliseKoreanMobile, type Normalised } from '../domain/koreanMobile.ts';

/** How this subgraph reads phone numbers people type (alert contacts, the phone proof of an entry pass). */
export interface KoreanMobile {
  normalise(raw: string): Normalised;
}

export const koreanMobile: KoreanMobile = { normalise: normaliseKoreanMobile };
