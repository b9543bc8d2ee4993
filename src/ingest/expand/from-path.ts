/**
 * A file or folder given as a source. Text, Markdown and JSONL files are read by the same
 * readers as `harbinger code`; HTML pages, feeds (RSS, Atom, JSON Feed) and OPML lists are
 * decoded and expanded like fetched documents. A folder is walked for all of these.
 */

import { readFile, stat } from "node:fs/promises";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { asHarbingerError } from "../../errors.js";
import { isArticleFile } from "../file-kinds.js";
import { fsError } from "../fs-error.js";
import { decodeMarkup } from "../html/decode-markup.js";
import { readInputs } from "../read-inputs.js";
import type { SourceItem } from "../source-item.js";
import { walkFolder } from "../walk-folder.js";
import type { ExpandContext } from "./context.js";
import { fromDocument } from "./from-document.js";
import { fromUrl } from "./from-url.js";

/** Web documents a folder walk picks up, besides text and JSONL articles. */
const WEB_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".opml"]);

export function isWebFile(file: string): boolean {
  return WEB_EXTENSIONS.has(path.extname(file).toLowerCase());
}

function isSourceFile(file: string): boolean {
  return isWebFile(file) || isArticleFile(file);
}

export async function* fromPath(input: string, context: ExpandContext): AsyncGenerator<SourceItem> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(input)).isDirectory();
  } catch (error) {
    context.noteItems(1);
    yield { error: fsError(error, input), input };
    return;
  }
  if (!isFolder) {
    yield* fromFile(input, context, true);
    return;
  }
  for await (const entry of walkFolder(input, isSourceFile)) {
    if ("error" in entry) {
      context.noteItems(1);
      yield entry;
    } else {
      yield* fromFile(entry.file, context, false);
    }
  }
}

async function* fromFile(
  file: string,
  context: ExpandContext,
  named: boolean,
): AsyncGenerator<SourceItem> {
  // Known text kinds keep their readers (front matter, JSONL ids) exactly as `code` has them.
  if (isArticleFile(file)) {
    yield* readWithTextReaders(file, context);
    return;
  }
  let text: string;
  try {
    const bytes = await readFile(file).catch((error: unknown) => {
      throw fsError(error, file);
    });
    if (bytes.length > context.maxBytes) {
      yield* readWithTextReaders(file, context); // Reports the size as the text readers do.
      return;
    }
    text = decodeMarkup(bytes, file).text;
  } catch (error) {
    context.noteItems(1);
    yield { error: asHarbingerError(error, file), input: file };
    return;
  }
  context.noteFetched();
  // A file named on the command line with an unknown extension may be plain text.
  if (named && !isWebFile(file) && !/^\s*[<{]/.test(text)) {
    yield* readWithTextReaders(file, context, false);
    return;
  }
  const base = pathToFileURL(path.resolve(file)).href;
  yield* fromDocument({ text, input: file, base }, context, (feed) =>
    feed.startsWith("file:") ? fromPath(fileURLToPath(feed), context) : fromUrl(feed, context),
  );
}

async function* readWithTextReaders(
  file: string,
  context: ExpandContext,
  count = true,
): AsyncGenerator<SourceItem> {
  let counted = !count;
  try {
    for await (const item of readInputs([file], { maxBytes: context.maxBytes })) {
      context.noteItems(1);
      if (!counted && "article" in item) {
        context.noteFetched(); // Once per file, however many JSONL records it holds.
        counted = true;
      }
      yield item;
    }
  } catch (error) {
    yield { error: asHarbingerError(error, file), input: file };
  }
}
