import { hash } from 'node:crypto';
import pg from 'pg';

/**
 * Most distinct statements one connection prepares. Parameterised statements come from a fixed set of call
 * sites (sqlQuery, pg-boss through transactionDb), so a few dozen are in use; the bound keeps a caller that
 * builds SQL text with varying shapes from growing every connection's server-side memory without end.
 */
export const MAX_PREPARED_STATEMENTS_PER_CONNECTION = 256;

/**
 * The pg client of the ORM's pool (MikroORM `driverOptions: { Client }`, handed to pg-pool): every statement
 * sent with bind parameters becomes a named prepared statement of its connection, so PostgreSQL parses and
 * plans it once per connection instead of on every execution.
 *
 * Statements without parameters (MikroORM's entity API inlines its values, BEGIN/COMMIT) are sent as before.
 * On the check-in hot path this halved PostgreSQL's CPU per check-in (docs/benchmarks.md, "Gate check-ins";
 * docs/decisions/prepared-statements.md for what it gives up and how to turn it off).
 */
export class PreparingClient extends pg.Client {
  #prepared = new Set<string>();

  // pg's `query` has a dozen overloads; this one only looks at (text, values[, callback]) and passes every
  // other form through unchanged.
  override query(...args: unknown[]): any {
    const [text, values, callback] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = this.#statementName(text);
      if (name) return (super.query as (...a: unknown[]) => unknown)({ name, text, values }, callback);
    }
    return (super.query as (...a: unknown[]) => unknown)(...args);
  }

  /** The statement's name on this connection, or null once the connection holds as many as it may. */
  #statementName(text: string): string | null {
    const name = `ag_${hash('sha1', text, 'hex')}`;
    if (this.#prepared.has(name)) return name;
    if (this.#prepared.size >= MAX_PREPARED_STATEMENTS_PER_CONNECTION) return null;
    this.#prepared.add(name);
    return name;
  }
}
