/** How a batcher groups the items submitted to it. */
export interface BatcherOptions {
  /**
   * How long the first item of a batch waits for others before the batch is written (when no more than
   * `maxInFlight` batches are being written). 0 still groups what arrives in the same turn of the event loop.
   */
  windowMs: number;
  /** A batch this large is written at once, without waiting out the window. 1 writes every item alone. */
  maxItems: number;
  /**
   * Batches being written at once. While that many are, new items wait and join the next batch, so batches
   * grow with the load instead of the number of transactions: the busier, the more entries per transaction.
   */
  maxInFlight: number;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items submitted close together (within `windowMs`, at most `maxItems`, and meanwhile any that
 * arrive while `maxInFlight` batches are being written) are handed to `write` as one batch, and each
 * submitter gets back its own item's result. Under load one transaction then carries many entries, so the
 * fixed cost of a transaction (BEGIN, COMMIT and its WAL flush, the event publishing's statements) is paid
 * once per batch instead of once per entry; alone, an entry waits at most the window.
 *
 * `write` returns one result per item, in order, or throws: a thrown batch is written again item by item, so
 * one item's failure (or a deadlock, a dropped connection) fails only the items that would also fail alone.
 */
export function createBatcher<Item, Result>(options: BatcherOptions, write: (items: readonly Item[]) => Promise<Result[]>) {
  const pending: Waiting<Item, Result>[] = [];
  let timer: NodeJS.Timeout | null = null;
  let due = false;
  let inFlight = 0;

  function flush() {
    if (timer) clearTimeout(timer);
    timer = null;
    due = true;
    while (inFlight < options.maxInFlight && pending.length) {
      const batch = pending.splice(0, options.maxItems);
      inFlight++;
      void writeBatch(batch).finally(() => {
        inFlight--;
        // What gathered while this batch was written goes next, without a second window.
        if (pending.length) flush();
      });
    }
    // Items left over wait for a batch in flight to finish (no timer: they are due already).
    due = pending.length > 0;
  }

  async function writeBatch(batch: Waiting<Item, Result>[]) {
    try {
      const results = await write(batch.map((waiting) => waiting.item));
      batch.forEach((waiting, i) => waiting.resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // Alone each item either succeeds or fails for its own reason.
      await Promise.all(batch.map((waiting) => writeBatch([waiting])));
    }
  }

  return {
    submit(item: Item): Promise<Result> {
      return new Promise<Result>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (pending.length >= options.maxItems) flush();
        else if (!timer && !due) timer = setTimeout(flush, options.windowMs);
      });
    },
  };
}

export type Batcher<Item, Result> = ReturnType<typeof createBatcher<Item, Result>>;
