/**
 * Korean mobile numbers are normalised by the platform's rule (`01012345678`), which the participation
 * subgraph applies to entries too, so the same number has one spelling everywhere.
 */
export { normaliseKoreanMobile } from '@attendgate/platform';
