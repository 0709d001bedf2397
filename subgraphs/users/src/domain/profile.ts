/** Store fields of a shop owner's sign-up; person names follow the platform's rule (seed 004: at least two characters). */
import { checkText, type Checked } from '@attendgate/platform';

export { PERSON_NAME_MIN_LENGTH, PERSON_NAME_MAX_LENGTH, checkPersonName } from '@attendgate/platform';
export const STORE_NAME_MAX_LENGTH = 100;
export const STORE_CATEGORY_MAX_LENGTH = 50;
export const STORE_REGION_MAX_LENGTH = 100;

export function checkStoreName(raw: string): Checked<string> {
  return checkText(raw, 'The store name', 1, STORE_NAME_MAX_LENGTH);
}

export function checkStoreCategory(raw: string): Checked<string> {
  return checkText(raw, 'The store category', 1, STORE_CATEGORY_MAX_LENGTH);
}

export function checkStoreRegion(raw: string): Checked<string> {
  return checkText(raw, 'The store region', 1, STORE_REGION_MAX_LENGTH);
}
