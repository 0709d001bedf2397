/** Thrown by reconciliation when it cannot decide yet; the job queue retries it with backoff. */
export class NotYetKnown extends Error {
  override name = 'NotYetKnown';
}

/**
 * The look-up step of reconciliation, shared by plan changes and payments (docs/decisions/
 * billing-reconciliation.md): what the other side recorded under our request id settles the request; nothing
 * recorded long after the request was sent means it never arrived; nothing recorded yet means ask again later.
 */
export async function reconcileByLookup<Outcome>(options: {
  requestedAt: Date;
  lookUp: () => Promise<Outcome | null>;
  settle: (outcome: Outcome) => Promise<void>;
  neverReceived: () => Promise<void>;
  notReceivedAfterMs: number;
  /** For the retry's message: "KOS has no record of product change …". */
  what: string;
}): Promise<void> {
  const outcome = await options.lookUp();
  if (outcome) return options.settle(outcome);
  if (Date.now() - options.requestedAt.getTime() >= options.notReceivedAfterMs) return options.neverReceived();
  throw new NotYetKnown(`${options.what} yet`);
}
