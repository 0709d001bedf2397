export { createFileUrls, FILES_PATH, MAX_SIGNED_URL_TTL_MS, type FileUrls } from './fileUrls.ts';
export { signedFileRequest, fileRequestSigningInput, type FileRequestLocals } from './signedFileRequest.ts';
