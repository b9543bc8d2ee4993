/**
 * Builds validated Articles from the two shapes input comes in: one JSON record (a JSONL line)
 * and one text file with its front matter. Both apply the same rules, so an article means the
 * same thing whichever way it arrived.
 */

import * as path from "node:path";
import { z } from "zod";
import { HarbingerError } from "../errors.js";
import type { Article } from "../model/article.js";
import { parseArticleDate } from "./article-date.js";

// Optional fields accept null as "absent": many JSON exporters write null for missing values.
// z.object drops unknown fields, so records from richer feeds need no cleaning first.
const articleRecordSchema = z.object({
  text: z.string(),
  id: z.union([z.string(), z.number()]).nullish(),
  date: z.string().nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
});

/** The JSON shape of one record, as `harbinger code` reads it from JSONL. */
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

const EXPECTED: Record<string, string> = {
  text: "a string",
  id: "a string or a number",
  date: "a string YYYY-MM-DD",
  title: "a string",
  url: "a string",
  source: "a string",
};

/** Parses one JSONL line of `input`; `defaultId` names the article when the record does not. */
export function articleFromJsonLine(line: string, input: string, defaultId: string): Article {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HarbingerError("E_JSON", input, shorten(reason));
  }
  return articleFromRecord(value, input, defaultId);
}

/** Validates one parsed JSON record of `input` into an Article. */
export function articleFromRecord(value: unknown, input: string, defaultId: string): Article {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HarbingerError(
      "E_FIELD",
      input,
      `expected a JSON object with a "text" field, got ${describe(value)}`,
    );
  }
  const result = articleRecordSchema.safeParse(value);
  if (!result.success) throw fieldError(value as Record<string, unknown>, result.error, input);

  const record = result.data;
  if (record.text.trim() === "") throw new HarbingerError("E_FIELD", input, '"text" is empty');
  if (record.id === "") throw new HarbingerError("E_FIELD", input, '"id" is empty');
  return buildArticle({
    id: record.id == null ? defaultId : String(record.id),
    text: record.text,
    date: record.date == null ? undefined : parseArticleDate(record.date, input),
    title: record.title ?? undefined,
    url: record.url ?? undefined,
    source: record.source ?? undefined,
  });
}

/**
 * Builds the Article of a text file from its front matter and body. The id defaults to the
 * file's base name without extension; `input` names the file in errors (stdin passes its own).
 */
export function articleFromFile(
  filePath: string,
  meta: Readonly<Record<string, string>>,
  body: string,
  input: string = filePath,
): Article {
  if (body.trim() === "") {
    throw new HarbingerError("E_EMPTY", input, "no text after the front matter");
  }
  const date = nonEmpty(meta.date);
  return buildArticle({
    id: nonEmpty(meta.id) ?? path.basename(filePath, path.extname(filePath)),
    text: body,
    date: date === undefined ? undefined : parseArticleDate(date, input),
    title: nonEmpty(meta.title),
    url: nonEmpty(meta.url),
    source: nonEmpty(meta.source),
  });
}

interface ArticleFields {
  id: string;
  text: string;
  date: string | undefined;
  title: string | undefined;
  url: string | undefined;
  source: string | undefined;
}

/** Leaves absent fields out entirely, so the JSON written later has no `undefined` holes. */
function buildArticle(fields: ArticleFields): Article {
  const { id, text, date, title, url, source } = fields;
  return {
    id,
    text,
    ...(date !== undefined && { date }),
    ...(title !== undefined && { title }),
    ...(url !== undefined && { url }),
    ...(source !== undefined && { source }),
  };
}

/** One error for all field problems of a record, so a user fixes them in one pass. */
function fieldError(
  record: Record<string, unknown>,
  error: z.ZodError,
  input: string,
): HarbingerError {
  const fields = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? "")))];
  const problems = fields.map((field) =>
    record[field] === undefined
      ? `missing "${field}"`
      : `"${field}" must be ${EXPECTED[field] ?? "valid"}, got ${describe(record[field])}`,
  );
  const code = fields.every((field) => field === "date") ? "E_DATE" : "E_FIELD";
  return new HarbingerError(code, input, problems.join("; "));
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${shorten(JSON.stringify(value) ?? String(value), 40)}`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

/** Keeps messages to one readable line even when the offending line is huge. */
function shorten(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
