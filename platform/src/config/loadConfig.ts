import { z } from 'zod';

/** Thrown when the environment is unusable; the message names every bad variable and why. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/**
 * Validates environment variables against a zod object whose keys are the variable names.
 *
 * Services call this once at start-up, so a typo in a deployment fails loudly before any port opens, with a
 * message such as `JWT_ACCESS_TTL_MS: expected a number, got "15m"` rather than a crash later.
 */
export function loadConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<Shape>> {
  // Empty strings mean "unset" in most deployment tools (docker compose `FOO=`), so treat them as absent.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = z.object(shape).safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(environment)';
        const got = issue.path.length ? cleaned[String(issue.path[0])] : undefined;
        return got === undefined ? `${name}: ${issue.message}` : `${name}: ${issue.message} (got ${JSON.stringify(got)})`;
      }),
    );
  }
  return result.data;
}
