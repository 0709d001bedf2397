/** A port nothing listens on (bound once, then released), to stand in for a subgraph that is down. */
export { freePort } from '@attendgate/platform';

/** Polls until `check` passes or the deadline ends (asynchronous outcomes are never awaited with fixed sleeps). */
export async function eventually(check: () => Promise<void>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The field names of one type of a gateway's API schema, by introspection: what clients see right now. */
export async function fieldNamesOf(gatewayUrl: string, typeName: string): Promise<string[]> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($name: String!) { __type(name: $name) { fields { name } } }', variables: { name: typeName } }),
  });
  const body = (await response.json()) as { data: { __type: { fields: { name: string }[] } } };
  return body.data.__type.fields.map((field) => field.name);
}
