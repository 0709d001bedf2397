import {
  getNamedType, getNullableType, isInterfaceType, isListType, isObjectType, Kind,
  type FieldNode, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode, type ValidationContext,
} from 'graphql';

/**
 * How much work an operation asks for, measured statically from its document (fragments expanded):
 *
 * - `depth`: the longest chain of nested fields (`{ a { b } }` is 2).
 * - `aliases`: aliased fields, counted once per place they are used (a fragment spread twice counts twice).
 * - `cost`: every field costs 1; a list field multiplies the cost of its selections by its page size, read
 *   from a literal `first`/`last`/`size`/`limit` argument (the largest when several are given), or by the
 *   default list factor when it has none. `{ users(first: 5) { id name } }` costs 1 + 5 × 2 = 11.
 *   A size given as a variable counts as the default list factor: validation runs (and Apollo Server caches
 *   its verdict per document) before variables are known, so subgraphs must still cap page sizes themselves.
 *   Fragments on different types are all counted, so the estimate is an upper bound for unions.
 *
 * Introspection (`__schema`, `__type`) is not counted: it is bounded by the schema itself, is switched off
 * in production, and the introspection query tools send is deeper than any client operation needs to be.
 */
export interface OperationMeasure {
  depth: number;
  /** The innermost field of the deepest chain, so a depth error can point at it. */
  deepestField: FieldNode | undefined;
  aliases: number;
  cost: number;
}

/** Argument names that state how many items a list field returns. */
const PAGE_SIZE_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'last', 'size', 'limit']);

const EMPTY: OperationMeasure = { depth: 0, deepestField: undefined, aliases: 0, cost: 0 };

export function measureOperation(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  defaultListFactor: number,
): OperationMeasure {
  const schema = context.getSchema();
  // Each fragment is measured once per operation, which keeps this linear in the document's size even when
  // fragments spread each other many times; `measuring` breaks cycles (NoFragmentCyclesRule reports them).
  const fragmentMeasures = new Map<string, OperationMeasure>();
  const measuring = new Set<string>();

  function measureSelectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined): OperationMeasure {
    let result = EMPTY;
    for (const selection of selectionSet.selections) {
      let part: OperationMeasure;
      if (selection.kind === Kind.FIELD) {
        part = measureField(selection, parentType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? undefined : parentType;
        part = measureSelectionSet(selection.selectionSet, condition);
      } else {
        part = measureFragment(selection.name.value);
      }
      result = combine(result, part);
    }
    return result;
  }

  function measureFragment(name: string): OperationMeasure {
    const known = fragmentMeasures.get(name);
    if (known) return known;
    const fragment = context.getFragment(name);
    if (!fragment || measuring.has(name)) return EMPTY;
    measuring.add(name);
    const measure = measureSelectionSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
    measuring.delete(name);
    fragmentMeasures.set(name, measure);
    return measure;
  }

  function measureField(field: FieldNode, parentType: GraphQLNamedType | undefined): OperationMeasure {
    const name = field.name.value;
    if (name === '__schema' || name === '__type') return EMPTY;
    const definition = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
    const children = field.selectionSet
      ? measureSelectionSet(field.selectionSet, definition ? getNamedType(definition.type) : undefined)
      : EMPTY;
    const returnsList = definition !== undefined && isListType(getNullableType(definition.type));
    const multiplier = returnsList ? (pageSize(field) ?? defaultListFactor) : 1;
    return {
      depth: children.depth + 1,
      deepestField: children.deepestField ?? field,
      aliases: children.aliases + (field.alias ? 1 : 0),
      cost: bounded(1 + multiplier * children.cost),
    };
  }

  return measureSelectionSet(operation.selectionSet, rootType(schema, operation));
}

function combine(a: OperationMeasure, b: OperationMeasure): OperationMeasure {
  const deeper = b.depth > a.depth ? b : a;
  return {
    depth: deeper.depth,
    deepestField: deeper.deepestField,
    aliases: bounded(a.aliases + b.aliases),
    cost: bounded(a.cost + b.cost),
  };
}

/** The largest literal page-size argument of a field; undefined when it has none (or only variables). */
function pageSize(field: FieldNode): number | undefined {
  let size: number | undefined;
  for (const argument of field.arguments ?? []) {
    if (PAGE_SIZE_ARGUMENTS.has(argument.name.value) && argument.value.kind === Kind.INT) {
      size = Math.max(size ?? 0, Math.max(0, Number.parseInt(argument.value.value, 10)));
    }
  }
  return size;
}

/** Keeps pathological documents (fragment bombs) from overflowing into Infinity in reports. */
function bounded(value: number): number {
  return Math.min(value, Number.MAX_SAFE_INTEGER);
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLNamedType | undefined {
  switch (operation.operation) {
    case 'query':
      return schema.getQueryType() ?? undefined;
    case 'mutation':
      return schema.getMutationType() ?? undefined;
    case 'subscription':
      return schema.getSubscriptionType() ?? undefined;
  }
}
