/**
 * The counts an ingestion run ends with: documents fetched (or read), and what became of each
 * article — new, duplicate, skipped or failed. A store decides new versus duplicate; without
 * one every article read counts as new.
 */

import type { SourceItem } from "../source-item.js";

export interface IngestCounts {
  /** Documents obtained: pages and feeds fetched, files read. */
  fetched: number;
  new: number;
  duplicate: number;
  skipped: number;
  failed: number;
}

export class IngestSummary {
  readonly counts: IngestCounts = { fetched: 0, new: 0, duplicate: 0, skipped: 0, failed: 0 };
  /** Skips by reason ("language", "robots" …), for the closing line. */
  readonly skippedBy = new Map<string, number>();

  /**
   * Counts one item. `stored` says what the store made of an article: "new" (added), or
   * "duplicate" (it had it already); leave it out when nothing is stored.
   */
  record(item: SourceItem, stored: "new" | "duplicate" = "new"): void {
    if ("article" in item) this.counts[stored]++;
    else if ("error" in item) this.counts.failed++;
    else if (item.skipped.reason === "duplicate") this.counts.duplicate++;
    else {
      this.counts.skipped++;
      const reason = item.skipped.reason;
      this.skippedBy.set(reason, (this.skippedBy.get(reason) ?? 0) + 1);
    }
  }

  noteFetched(count = 1): void {
    this.counts.fetched += count;
  }

  /** "fetched 12, new 9, duplicate 1, skipped 1 (language 1), failed 1" */
  toString(): string {
    const { fetched, duplicate, skipped, failed } = this.counts;
    const reasons = [...this.skippedBy].map(([reason, count]) => `${reason} ${count}`).join(", ");
    const skippedText = reasons === "" ? `${skipped}` : `${skipped} (${reasons})`;
    return `fetched ${fetched}, new ${this.counts.new}, duplicate ${duplicate}, skipped ${skippedText}, failed ${failed}`;
  }
}
