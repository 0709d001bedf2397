/** `users` → `USERS`: the prefix of a subgraph's own environment variables (`USERS_PORT`, ...). */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** The database a subgraph uses: its own `<NAME>_DATABASE_URL` when set, else the shared DATABASE_URL. */
export function databaseUrlFor(name: string, env: Record<string, string | undefined>): string | undefined {
  return env[`${envPrefix(name)}_DATABASE_URL`] || env.DATABASE_URL || undefined;
}
