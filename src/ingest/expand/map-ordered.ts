/**
 * Runs an async function over a list with at most `limit` calls in flight and yields the
 * results in the list's order: pages of a feed download in parallel, but articles come out
 * as the feed lists them.
 */

export async function* mapOrdered<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const start = (): void => {
    const item = items[next++] as T;
    running.push(task(item));
  };
  while (next < items.length && running.length < limit) start();
  while (running.length > 0) {
    const result = await (running.shift() as Promise<R>);
    if (next < items.length) start();
    yield result;
  }
}
