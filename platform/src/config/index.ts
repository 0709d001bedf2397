export { loadConfig, ConfigError } from './loadConfig.ts';
export { env } from './fields.ts';
export { baseConfigShape, type BaseConfig } from './baseConfig.ts';
export { resolveSecrets, generateSecrets, type Secrets } from './secrets.ts';
export { REPO_ROOT, dataDir } from './paths.ts';
