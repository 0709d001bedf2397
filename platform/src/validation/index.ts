/** Input rules more than one subgraph applies the same way (names and phone numbers on forms). */
export { accept, refuse, type Checked } from './checked.ts';
export { normaliseKoreanMobile } from './koreanMobile.ts';
export { checkText, checkPersonName, tidyText, PERSON_NAME_MIN_LENGTH, PERSON_NAME_MAX_LENGTH } from './text.ts';
