import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BaseConfig } from './baseConfig.ts';
import { ConfigError } from './loadConfig.ts';
import { dataDir } from './paths.ts';

/** The secrets a service works with, decoded and checked. */
export interface Secrets {
  jwtPrivateKey: string | undefined;
  jwtPublicKey: string;
  subgraphSigningSecret: string;
  /** Encryption keys by id; `activeKeyId` is the one new ciphertexts use. */
  fieldEncryptionKeys: ReadonlyMap<string, Buffer>;
  activeKeyId: string;
  blindIndexKey: Buffer;
}

interface DevSecretsFile {
  JWT_PRIVATE_KEY: string;
  JWT_PUBLIC_KEY: string;
  SUBGRAPH_SIGNING_SECRET: string;
  FIELD_ENCRYPTION_KEYS: string;
  BLIND_INDEX_KEY: string;
}

/**
 * Produces the secrets from configuration.
 *
 * In production every secret must be configured. Elsewhere a missing secret is taken from
 * `<DATA_DIR>/dev-secrets.json`, generated on first use, so that `npm start` works on a fresh clone and
 * separately started services on one machine agree on the same keys. The file is created with O_EXCL, so
 * processes that start together cannot end up with different secrets.
 */
export function resolveSecrets(config: BaseConfig): Secrets {
  const fromEnv = {
    JWT_PRIVATE_KEY: config.JWT_PRIVATE_KEY,
    JWT_PUBLIC_KEY: config.JWT_PUBLIC_KEY,
    SUBGRAPH_SIGNING_SECRET: config.SUBGRAPH_SIGNING_SECRET,
    FIELD_ENCRYPTION_KEYS: config.FIELD_ENCRYPTION_KEYS,
    BLIND_INDEX_KEY: config.BLIND_INDEX_KEY,
  };
  let values: Partial<DevSecretsFile> = fromEnv;
  if (config.NODE_ENV === 'production') {
    const missing = (['JWT_PUBLIC_KEY', 'SUBGRAPH_SIGNING_SECRET', 'FIELD_ENCRYPTION_KEYS', 'BLIND_INDEX_KEY'] as const)
      .filter((name) => !fromEnv[name])
      .map((name) => `${name}: required in production`);
    if (missing.length) throw new ConfigError(missing);
  } else if (Object.values(fromEnv).some((v) => v === undefined)) {
    const dev = loadOrCreateDevSecrets(dataDir(config.DATA_DIR));
    values = Object.fromEntries(
      Object.entries(fromEnv).map(([name, value]) => [name, value ?? dev[name as keyof DevSecretsFile]]),
    );
  }
  return decodeSecrets(values);
}

/** Fresh secrets of the right shapes; used for the dev file and by tests that need their own. */
export function generateSecrets(): DevSecretsFile {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    JWT_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    SUBGRAPH_SIGNING_SECRET: randomBytes(32).toString('base64url'),
    FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  };
}

function loadOrCreateDevSecrets(directory: string): DevSecretsFile {
  const file = path.join(directory, 'dev-secrets.json');
  fs.mkdirSync(directory, { recursive: true });
  try {
    fs.writeFileSync(file, JSON.stringify(generateSecrets(), null, 2), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DevSecretsFile;
}

function decodeSecrets(values: Partial<DevSecretsFile>): Secrets {
  const problems: string[] = [];
  const keys = new Map<string, Buffer>();
  let activeKeyId = '';
  for (const entry of (values.FIELD_ENCRYPTION_KEYS ?? '').split(',').filter(Boolean)) {
    const [id, encoded] = entry.split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || key.length !== 32) {
      problems.push(`FIELD_ENCRYPTION_KEYS: entry "${id ?? ''}" must be id:base64 of exactly 32 bytes`);
      continue;
    }
    keys.set(id, key);
    activeKeyId ||= id;
  }
  if (keys.size === 0) problems.push('FIELD_ENCRYPTION_KEYS: at least one key is required');
  const blindIndexKey = Buffer.from(values.BLIND_INDEX_KEY ?? '', 'base64');
  if (blindIndexKey.length < 32) problems.push('BLIND_INDEX_KEY: must be base64 of at least 32 bytes');
  if (!values.JWT_PUBLIC_KEY) problems.push('JWT_PUBLIC_KEY: required');
  if (!values.SUBGRAPH_SIGNING_SECRET || values.SUBGRAPH_SIGNING_SECRET.length < 32) {
    problems.push('SUBGRAPH_SIGNING_SECRET: must be at least 32 characters');
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    jwtPrivateKey: values.JWT_PRIVATE_KEY,
    jwtPublicKey: values.JWT_PUBLIC_KEY!,
    subgraphSigningSecret: values.SUBGRAPH_SIGNING_SECRET!,
    fieldEncryptionKeys: keys,
    activeKeyId,
    blindIndexKey,
  };
}
