export { ErrorCode, KNOWN_CODES, FRAMEWORK_CODES } from './codes.ts';
export { AppError, isAppError, type ErrorDetails } from './AppError.ts';
export { createFormatError, stripInternals } from './formatError.ts';
