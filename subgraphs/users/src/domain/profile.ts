import { accept, refuse, type Checked } from './checked.ts';

/** Seed 004's rule for names on forms: at least two characters (Korean names are often exactly two). */
export const PERSON_NAME_MIN_LENGTH = 2;
export const PERSON_NAME_MAX_LENGTH = 50;
export const STORE_NAME_MAX_LENGTH = 100;
export const STORE_CATEGORY_MAX_LENGTH = 50;
export const STORE_REGION_MAX_LENGTH = 100;

/** Trims, NFKC-normalises and collapses runs of whitespace, so stored text has one spelling. */
function tidy(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

function lengthOf(text: string): number {
  return [...text].length;
}

/** Free text of bounded length with no control characters. */
function checkText(raw: string, what: string, min: number, max: number): Checked<string> {
  const text = tidy(raw);
  if (/[\u0000-\u001f\u007f]/.test(text)) return refuse(`${what} must not contain control characters.`);
  if (lengthOf(text) < min) return refuse(min <= 1 ? `Enter ${what.toLowerCase()}.` : `${what} needs at least ${min} characters.`);
  if (lengthOf(text) > max) return refuse(`${what} has at most ${max} characters.`);
  return accept(text);
}

export function checkPersonName(raw: string): Checked<string> {
  return checkText(raw, 'A name', PERSON_NAME_MIN_LENGTH, PERSON_NAME_MAX_LENGTH);
}

export function checkStoreName(raw: string): Checked<string> {
  return checkText(raw, 'The store name', 1, STORE_NAME_MAX_LENGTH);
}

export function checkStoreCategory(raw: string): Checked<string> {
  return checkText(raw, 'The store category', 1, STORE_CATEGORY_MAX_LENGTH);
}

export function checkStoreRegion(raw: string): Checked<string> {
  return checkText(raw, 'The store region', 1, STORE_REGION_MAX_LENGTH);
}
