/**
 * Groups a stream into batches of what is already at hand: items are taken while the next one
 * is ready at once, up to `size` items that `counts`; when the source has to wait (a slow feed,
 * a person typing JSON lines), the batch so far goes out rather than wait for more. A file read
 * in chunks thus gives full batches, and a live feed loses no time to batching.
 */

/** What a race against the source gives when the source's next item is not ready. */
const NOT_READY = Symbol("not ready");

export async function* readyBatches<T>(
  items: AsyncIterable<T>,
  size: number,
  counts: (item: T) => boolean = () => true,
): AsyncGenerator<T[]> {
  const source = items[Symbol.asyncIterator]();
  // A next() that lost a race stays pending: it is the next item, asked for once.
  let pending: Promise<IteratorResult<T>> | null = null;
  let batch: T[] = [];
  let counted = 0;
  for (;;) {
    const next: Promise<IteratorResult<T>> = pending ?? source.next();
    pending = null;
    const result = batch.length === 0 ? await next : await Promise.race([next, notReady()]);
    if (result === NOT_READY) {
      pending = next;
      yield batch;
      batch = [];
      counted = 0;
      continue;
    }
    if (result.done) break;
    batch.push(result.value);
    if (counts(result.value)) counted++;
    if (counted >= size) {
      yield batch;
      batch = [];
      counted = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Settles after the promise jobs and the I/O callbacks already due: a source whose next item
 * is buffered (the lines of a chunk already read) wins the race against it.
 */
function notReady(): Promise<typeof NOT_READY> {
  return new Promise((resolve) => setImmediate(() => resolve(NOT_READY)));
}
