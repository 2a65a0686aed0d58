/** Characters lines take in the comment: their text and their line breaks. */
function sizeOf(lines: readonly string[]): number {
  return lines.reduce((size, line) => size + line.length + 1, 0);
}

/**
 * What is left of the comment's size limit. Sections take their lines in order of importance; what does not fit is
 * left out whole (never cut in the middle of a line) and recorded, so that the comment can say so.
 */
export class Budget {
  /** Set once lines did not fit. */
  cut = false;
  /** Sections left out whole. */
  omitted = 0;

  private left: number;

  constructor(private readonly size: number) {
    this.left = size;
  }

  /** A budget of an equal part of what is left, for one of `parts` sections that share the room in turn. */
  share(parts: number): Budget {
    return new Budget(Math.floor(this.left / parts));
  }

  /** Charges what a {@link share} took, and what it left out. */
  spend(part: Budget): void {
    this.left -= part.size - part.left;
    this.cut ||= part.cut;
    this.omitted += part.omitted;
  }

  /** Takes the lines when they fit with `reserve` characters to spare; otherwise takes nothing and records the cut. */
  take(lines: readonly string[], reserve = 0): boolean {
    const size = sizeOf(lines);
    if (size + reserve > this.left) {
      this.cut = true;
      return false;
    }
    this.left -= size;
    return true;
  }

  /** Takes a whole section when it fits, else leaves it out and counts it. */
  section(lines: readonly string[]): string[] {
    if (lines.length === 0 || this.take(lines)) return [...lines];
    this.omitted++;
    return [];
  }
}

/** A table or list as it fits: its lines, and how many of its rows are shown. */
export interface FittedRows {
  readonly lines: string[];
  readonly shown: number;
}

/**
 * A table or list: `head`, then a row for as many `items` as fit, at most `maxRows`, then `more(n)` for the n items
 * left out. The room for that last line is kept before any row is taken, so it always fits; when not even the head,
 * the first row and it fit, the section is left out (and counted). Rows are rendered only for the items that may be
 * shown.
 */
export function fitRows<T>(
  budget: Budget,
  head: readonly string[],
  items: readonly T[],
  row: (item: T) => string,
  maxRows: number,
  more: (left: number) => string,
): FittedRows {
  if (items.length === 0) return { lines: [], shown: 0 };
  const note = (left: number) => ["", more(left)];
  const reserve = sizeOf(note(items.length));
  const first = row(items[0]);
  if (maxRows < 1 || !budget.take(head, reserve + sizeOf([first]))) {
    budget.omitted++;
    return { lines: [], shown: 0 };
  }
  const lines = [...head];
  let shown = 0;
  for (const item of items.slice(0, maxRows)) {
    const line = shown === 0 ? first : row(item);
    if (!budget.take([line], reserve)) break;
    lines.push(line);
    shown++;
  }
  if (shown < items.length) {
    budget.take(note(items.length - shown));
    lines.push(...note(items.length - shown));
  }
  return { lines, shown };
}
