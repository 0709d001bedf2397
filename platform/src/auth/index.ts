export { Role, ROLES, isRole } from './roles.ts';
export {
  createAccessTokenIssuer, createAccessTokenVerifier, bearerToken,
  type AuthClaims, type AccessTokenVerifier, type TokenSettings,
} from './accessTokens.ts';
export {
  signRequest, verifyRequestSignature, signConnectionInit, verifyConnectionInit,
  SIGNATURE_HEADER, TIMESTAMP_HEADER, CLIENT_ADDRESS_HEADER, type SignatureCheck, type SignedConnectionParams,
} from './requestSigning.ts';
export { rule, and, or, not, chain, race, allow, deny, inputRule, applyPermissions, type IRules, type PermissionRule } from './shield.ts';
export { isAuthenticated, hasRole, isAdmin, isGateway, federationQueryRules, type PermissionContext } from './rules.ts';
export { createSessionRevocationList, type SessionRevocationList } from './sessionRevocation.ts';
export { roleScopeAuthorization, roleScopeClaims } from './roleScope.ts';
