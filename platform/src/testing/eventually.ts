/**
 * Polls until `check` returns something other than undefined, and returns it; fails after the deadline.
 * Tests await asynchronous outcomes (jobs, events, sockets) this way instead of sleeping a fixed time.
 */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
