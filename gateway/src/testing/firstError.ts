/** The first error of a GraphQL answer as tests check it: its code, the rest of its extensions, its message. */
export function firstError(result: { body: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] } }) {
  const error = result.body.errors?.[0];
  return { code: error?.extensions?.code as string | undefined, extensions: (error?.extensions ?? {}) as Record<string, any>, message: error?.message };
}
