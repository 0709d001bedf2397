import { AppError } from '../errors/AppError.ts';

/**
 * Cursor pagination, the one way every list field of every subgraph pages (`first` / `after`).
 *
 * Cursors are opaque to clients: base64url of the JSON array of the sort key of the last row returned
 * (for example `[createdAt, id]`), so pages are keyset-based and stay correct while rows are added, and
 * a page costs the same however deep it is. A cursor that does not decode is BAD_USER_INPUT.
 */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageLimits {
  /** Page size when the client asks for none. */
  defaultSize: number;
  /** Largest page a client may ask for; more is BAD_USER_INPUT, never silently truncated. */
  maxSize: number;
}

export interface PageRequest<Key extends readonly unknown[]> {
  /** Rows to return. Fetch `size + 1` to learn whether there is a next page. */
  size: number;
  /** The sort key after which this page starts; undefined for the first page. */
  after: Key | undefined;
}

export interface Page<Node> {
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<Key extends readonly unknown[]>(cursor: string, arity: number): Key {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity && key.every((part) => typeof part === 'string' || typeof part === 'number')) {
      return key as unknown as Key;
    }
  } catch {
    // fall through to the client-facing error
  }
  throw AppError.badInput('The cursor is not valid; use a pageInfo.endCursor from a previous page.', 'after');
}

/** Validates `first`/`after` against the field's limits. `arity` is the number of parts of the sort key. */
export function pageRequest<Key extends readonly unknown[]>(args: PageArgs, limits: PageLimits, arity: number): PageRequest<Key> {
  const size = args.first ?? limits.defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > limits.maxSize) {
    throw AppError.badInput(`first must be between 1 and ${limits.maxSize}.`, 'first', { max: limits.maxSize });
  }
  return { size, after: args.after ? decodeCursor<Key>(args.after, arity) : undefined };
}

/** Builds the page from up to `size + 1` rows fetched in sort order; `keyOf` gives a row's sort key. */
export function toPage<Row, Node = Row>(
  rows: readonly Row[],
  request: PageRequest<readonly unknown[]>,
  keyOf: (row: Row) => readonly unknown[],
  toNode: (row: Row) => Node = (row) => row as unknown as Node,
): Page<Node> {
  const hasNextPage = rows.length > request.size;
  const pageRows = hasNextPage ? rows.slice(0, request.size) : rows;
  const last = pageRows.at(-1);
  return { nodes: pageRows.map(toNode), pageInfo: { hasNextPage, endCursor: last === undefined ? null : encodeCursor(keyOf(last)) } };
}
