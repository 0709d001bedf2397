import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseConfigShape, ConfigError, env, generateSecrets, loadConfig, resolveSecrets } from '../src/index.ts';

describe('loadConfig', () => {
  it('names the bad variable, the problem and the value it got', () => {
    const shape = { USERS_LOCKOUT_MS: env.ms(1_800_000), HOST: z.string() };
    expect(() => loadConfig(shape, { USERS_LOCKOUT_MS: '30m', HOST: 'x' })).toThrowError(ConfigError);
    try {
      loadConfig(shape, { USERS_LOCKOUT_MS: '30m', HOST: 'x' });
    } catch (error) {
      expect((error as ConfigError).message).toContain('USERS_LOCKOUT_MS');
      expect((error as ConfigError).message).toContain('"30m"');
    }
  });

  it('applies defaults and treats empty strings as unset', () => {
    const config = loadConfig({ A_MS: env.ms(5_000), FLAG: env.flag(true) }, { A_MS: '', FLAG: 'false' });
    expect(config).toEqual({ A_MS: 5_000, FLAG: false });
  });

  it('rejects a DATABASE_URL that is not a postgres URL', () => {
    expect(() => loadConfig(baseConfigShape, { DATABASE_URL: 'mysql://x' })).toThrowError(/DATABASE_URL/);
  });
});

describe('resolveSecrets', () => {
  it('refuses to start in production without configured secrets', () => {
    const config = loadConfig(baseConfigShape, { NODE_ENV: 'production' });
    expect(() => resolveSecrets(config)).toThrowError(/SUBGRAPH_SIGNING_SECRET: required in production/);
  });

  it('outside production generates development secrets once and every process reads the same ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-secrets-'));
    const config = loadConfig(baseConfigShape, { DATA_DIR: dir });
    const first = resolveSecrets(config);
    const second = resolveSecrets(config);
    expect(second.subgraphSigningSecret).toBe(first.subgraphSigningSecret);
    expect(second.jwtPublicKey).toBe(first.jwtPublicKey);
    expect(fs.statSync(path.join(dir, 'dev-secrets.json')).mode & 0o077).toBe(0);
  });

  it('uses configured secrets and rejects an encryption key of the wrong size', () => {
    const secrets = generateSecrets();
    const good = resolveSecrets(loadConfig(baseConfigShape, { NODE_ENV: 'production', ...secrets }));
    expect(good.activeKeyId).toBe('k1');
    const bad = loadConfig(baseConfigShape, { NODE_ENV: 'production', ...secrets, FIELD_ENCRYPTION_KEYS: 'k1:c2hvcnQ=' });
    expect(() => resolveSecrets(bad)).toThrowError(/exactly 32 bytes/);
  });
});
