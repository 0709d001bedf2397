export { requestJson, type JsonRequest } from './requestJson.ts';
export { isPrivateAddress, PrivateAddressError, publicAddressesOnly } from './publicAddresses.ts';
/** An HTTP client to send requests with (`requestJson`'s `dispatcher`); undici's type, named here so callers need no undici of their own. */
export type { Dispatcher as HttpDispatcher } from 'undici';
