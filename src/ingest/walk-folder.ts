/**
 * Finds the article files in a folder: recursively, in a stable sorted order (so output order
 * does not depend on the file system), skipping hidden entries and files of other kinds.
 */

import { readdir, realpath, stat } from "node:fs/promises";
import * as path from "node:path";
import type { HarbingerError } from "../errors.js";
import { isArticleFile } from "./file-kinds.js";
import { fsError } from "./fs-error.js";

export type FolderEntry =
  | { readonly file: string }
  | { readonly error: HarbingerError; readonly input: string };

/**
 * Yields the article files under `folder`, or an error for a part of it that cannot be read.
 * `accept` picks the files (by default the text and JSONL articles `harbinger code` reads).
 */
export async function* walkFolder(
  folder: string,
  accept: (file: string) => boolean = isArticleFile,
): AsyncGenerator<FolderEntry> {
  yield* walk(folder, new Set(), accept);
}

async function* walk(
  folder: string,
  visited: Set<string>,
  accept: (file: string) => boolean,
): AsyncGenerator<FolderEntry> {
  let names: string[];
  try {
    // Symbolic links may loop back to a parent; each real folder is walked once.
    const real = await realpath(folder);
    if (visited.has(real)) return;
    visited.add(real);
    names = await readdir(folder);
  } catch (error) {
    yield { error: fsError(error, folder), input: folder };
    return;
  }
  // Code-unit order, not localeCompare: the same on every machine and locale.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  for (const name of names) {
    if (name.startsWith(".")) continue;
    const entry = path.join(folder, name);
    let isFolder: boolean;
    try {
      // stat, not the dirent type: a symbolic link counts as what it points to.
      isFolder = (await stat(entry)).isDirectory();
    } catch (error) {
      // A dangling link is only worth reporting if it looks like an article.
      if (accept(entry)) yield { error: fsError(error, entry), input: entry };
      continue;
    }
    if (isFolder) yield* walk(entry, visited, accept);
    else if (accept(entry)) yield { file: entry };
  }
}
