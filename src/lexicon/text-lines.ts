/**
 * The lines of one large text, kept as the one string with an array of where each line starts:
 * a 200,000-line index costs one string and one typed array instead of 200,000 strings, which
 * loads faster and leaves the garbage collector far less to trace on every full collection.
 */

export class TextLines {
  /** Start offset of each line, and one past the end of the text after the last. */
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    let count = 1;
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
    this.starts = new Int32Array(count + 1);
    let line = 1;
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
      this.starts[line++] = at + 1;
    }
    // As if the text ended with a newline: every line's end is the next start less one.
    this.starts[count] = text.length + 1;
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** Line `index` without its newline, or undefined past the end. */
  line(index: number): string | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return this.text.slice(this.starts[index], (this.starts[index + 1] as number) - 1);
  }

  /**
   * The line that starts with `prefix`, found by bisection in lines sorted in JavaScript's string
   * order; null when none does. Lines must be sorted so that those starting with `prefix` sort
   * together, as they do when `prefix` ends with a separator that no line's key holds.
   */
  findStartingWith(prefix: string): string | null {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compareStart(mid, prefix);
      if (order === 0) return this.line(mid) as string;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return null;
  }

  /** Compares line `index`'s first `prefix.length` characters with `prefix` (0 when it starts with it). */
  private compareStart(index: number, prefix: string): number {
    const start = this.starts[index] as number;
    const end = (this.starts[index + 1] as number) - 1;
    for (let k = 0; k < prefix.length; k++) {
      // A line that ends first is a proper prefix of `prefix`, so it sorts before it.
      if (start + k >= end) return -1;
      const diff = this.text.charCodeAt(start + k) - prefix.charCodeAt(k);
      if (diff !== 0) return diff;
    }
    return 0;
  }
}
