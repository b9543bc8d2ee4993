/**
 * An http(s) address given as a source: fetched (conditionally, when validators are kept),
 * decoded by its declared or sniffed charset, and expanded as a page, feed or OPML list. The
 * validators are saved only after every item of the document has been handed on, so an
 * interrupted run fetches the document again rather than missing its items.
 *
 * An OPML list keeps no validators. A "304 Not Modified" for the list would say nothing about
 * the feeds it names, yet without the list's body there would be no feeds to poll, and an
 * unchanged list would hide its feeds' new items for good. Lists are small, so fetching one in
 * full each run or poll costs little next to remembering its feeds; each feed it names still
 * gets its own conditional request.
 */

import { asHarbingerError } from "../../errors.js";
import { sniffDocument } from "../feeds/parse-feed.js";
import type { Validators } from "../fetch/validator-store.js";
import { decodeMarkup } from "../html/decode-markup.js";
import type { SourceItem } from "../source-item.js";
import type { ExpandContext } from "./context.js";
import { fromDocument } from "./from-document.js";

export async function* fromUrl(url: string, context: ExpandContext): AsyncGenerator<SourceItem> {
  const { validators: store, signal } = context.options;
  let text: string;
  let finalUrl: string;
  let contentType: string | undefined;
  let known: Validators | undefined;
  let validators: Validators | undefined;
  try {
    known = await store?.get(url);
    const fetched = await context.fetcher().fetch(url, {
      ...(known !== undefined && { validators: known }),
      ...(signal !== undefined && { signal }),
    });
    if (fetched.notModified) {
      context.noteItems(1);
      yield {
        skipped: { reason: "not-modified", detail: "unchanged since the last fetch", url },
        input: url,
      };
      return;
    }
    context.noteFetched();
    finalUrl = fetched.url;
    contentType = fetched.contentType;
    validators = fetched.validators;
    text = decodeMarkup(fetched.body, url, contentType).text;
  } catch (error) {
    if (signal?.aborted) throw error;
    context.noteItems(1);
    yield { error: asHarbingerError(error, url), input: url };
    return;
  }
  const document = {
    text,
    input: url,
    url: finalUrl,
    ...(contentType !== undefined && { contentType }),
  };
  yield* fromDocument(document, context, (feed) => fromUrl(feed, context));
  if (store === undefined) return;
  if (sniffDocument(text, contentType) === "opml") {
    // Clears validators an earlier version kept for the list, so it is not asked conditionally.
    if (known?.etag !== undefined || known?.lastModified !== undefined) await store.set(url, {});
  } else if (validators !== undefined) {
    await store.set(url, validators);
  }
}
