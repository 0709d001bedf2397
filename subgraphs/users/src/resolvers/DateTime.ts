/** ISO 8601 in UTC out; ISO 8601 strings in (the platform's one implementation). */
export { DateTimeScalar as DateTime } from '@attendgate/platform';
