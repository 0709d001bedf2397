import { buildSchema, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createMaxAliasesRule, createMaxCostRule, createMaxDepthRule, DEFAULT_QUERY_LIMITS, queryLimitRules } from '../src/index.ts';

const schema = buildSchema(`
  type Query { user(id: ID!): User  users(first: Int, size: Int): [User!]!  tags: [String!]!  node: Node }
  interface Node { id: ID! }
  type User implements Node { id: ID!  name: String!  friends(first: Int): [User!]!  best: User  posts(limit: Int): [Post!]! }
  type Post implements Node { id: ID!  title: String!  author: User! }
`);

function check(query: string, rules: ReturnType<typeof createMaxDepthRule>[]): readonly GraphQLError[] {
  return validate(schema, parse(query), [...specifiedRules, ...rules]);
}

/** `{ user(id: 1) { best { best { ... { id } } } } }` with `levels` fields in the chain. */
function nested(levels: number): string {
  return `{ user(id: "1") { ${'best { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
}

describe('max depth rule', () => {
  it('accepts an operation exactly at the limit and refuses one level more, pointing at the deepest field', () => {
    expect(check(nested(4), [createMaxDepthRule(4)])).toEqual([]);
    const [error, ...others] = check(nested(5), [createMaxDepthRule(4)]);
    expect(others).toEqual([]);
    expect(error!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 4, actual: 5 });
    expect(error!.message).toMatch(/5 levels deep; the limit is 4/);
    expect(error!.nodes?.[0]).toMatchObject({ kind: 'Field', name: { value: 'id' } });
  });

  it('counts depth through named and inline fragments', () => {
    const query = `
      query Deep { user(id: "1") { ...A } }
      fragment A on User { best { ... on User { best { ...B } } } }
      fragment B on User { best { id } }`;
    // user > best > best > best > id = 5
    expect(check(query, [createMaxDepthRule(5)])).toEqual([]);
    expect(check(query, [createMaxDepthRule(4)])[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', actual: 5 });
  });

  it('does not count introspection, which tools need and production switches off', () => {
    const introspection = '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }';
    expect(check(introspection, [createMaxDepthRule(2)])).toEqual([]);
  });

  it('survives fragment cycles (graphql-js reports them) without looping', () => {
    const query = '{ user(id: "1") { ...A } } fragment A on User { best { ...B } } fragment B on User { best { ...A } }';
    const errors = check(query, [createMaxDepthRule(12)]);
    expect(errors.map((e) => e.message).join()).toMatch(/Cannot spread fragment "A" within itself/);
  });
});

describe('max aliases rule', () => {
  const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: user(id: "${i}") { id }`).join(' ')} }`;

  it('accepts the limit and refuses one alias more', () => {
    expect(check(aliased(3), [createMaxAliasesRule(3)])).toEqual([]);
    expect(check(aliased(4), [createMaxAliasesRule(3)])[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 3, actual: 4 });
  });

  it('counts aliases inside a fragment once per spread', () => {
    const query = '{ user(id: "1") { ...F best { ...F } } } fragment F on User { x: name y: name }';
    expect(check(query, [createMaxAliasesRule(3)])[0]?.extensions).toMatchObject({ actual: 4 });
  });
});

describe('max cost rule', () => {
  it('charges 1 per field and multiplies list selections by their literal page size', () => {
    // users(first: 5) { id name } = 1 + 5 × 2
    expect(check('{ users(first: 5) { id name } }', [createMaxCostRule(11, 10)])).toEqual([]);
    expect(check('{ users(first: 5) { id name } }', [createMaxCostRule(10, 10)])[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 10, actual: 11 });
  });

  it('uses the default list factor for lists without a size or with a variable size', () => {
    // users { id } = 1 + 10 × 1; the variable cannot be known at validation time
    expect(check('{ users { id } }', [createMaxCostRule(10, 10)])[0]?.extensions).toMatchObject({ actual: 11 });
    expect(check('query ($n: Int) { users(first: $n) { id } }', [createMaxCostRule(10, 10)])[0]?.extensions).toMatchObject({ actual: 11 });
  });

  it('multiplies nested lists, reads size/limit too, and takes the largest of several size arguments', () => {
    // users(first: 2, size: 3) → 3; friends(first: 4) → 4; posts(limit: 5) → 5
    // 1 + 3 × (1 + 4 × (1 + 5 × 1)) = 1 + 3 × 25 = 76
    const query = '{ users(first: 2, size: 3) { friends(first: 4) { posts(limit: 5) { id } } } }';
    expect(check(query, [createMaxCostRule(75, 10)])[0]?.extensions).toMatchObject({ actual: 76 });
  });

  it('counts scalar lists as one field and non-list objects without a multiplier', () => {
    // tags = 1; user { best { id } } = 1 + (1 + 1) = 3
    expect(check('{ tags user(id: "1") { best { id } } }', [createMaxCostRule(3, 10)])[0]?.extensions).toMatchObject({ actual: 4 });
  });
});

describe('the default limits', () => {
  it('let an ordinary operation through and stop a fan-out of lists', () => {
    const rules = queryLimitRules(DEFAULT_QUERY_LIMITS);
    expect(check('{ users(first: 20) { id name friends(first: 10) { id name } } }', rules)).toEqual([]);
    const errors = check('{ users(first: 100) { friends(first: 100) { id } } }', rules);
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
