import { accept, refuse, type Checked } from './checked.ts';

/** Seed 004's rule for names on forms: at least two characters (Korean names are often exactly two). */
export const PERSON_NAME_MIN_LENGTH = 2;
/** Our bound: long enough for any real name, short enough to keep rows, lists and logs small. */
export const PERSON_NAME_MAX_LENGTH = 50;

/** Trims, NFKC-normalises and collapses runs of whitespace, so stored text has one spelling. */
export function tidyText(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** Length in code points, so a Hangul syllable or an emoji counts as one character. */
function lengthOf(text: string): number {
  return [...text].length;
}

/** Free text of bounded length (in characters) with no control characters, tidied. */
export function checkText(raw: string, what: string, min: number, max: number): Checked<string> {
  const text = tidyText(raw);
  if (/[\u0000-\u001f\u007f]/.test(text)) return refuse(`${what} must not contain control characters.`);
  if (lengthOf(text) < min) return refuse(min <= 1 ? `Enter ${what.toLowerCase()}.` : `${what} needs at least ${min} characters.`);
  if (lengthOf(text) > max) return refuse(`${what} has at most ${max} characters.`);
  return accept(text);
}

/** A person's name as forms take it (sign-up, event entry). */
export function checkPersonName(raw: string): Checked<string> {
  return checkText(raw, 'A name', PERSON_NAME_MIN_LENGTH, PERSON_NAME_MAX_LENGTH);
}
