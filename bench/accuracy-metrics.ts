/**
 * Classification figures from a confusion matrix: accuracy, per-class precision / recall / F1
 * and macro-F1. Rows are gold classes; columns are predicted classes plus any extra columns
 * (such as "no prediction") that count against recall but belong to no class.
 */

export interface ClassFigures {
  readonly label: string;
  readonly support: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ClassificationFigures {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: readonly ClassFigures[];
}

export const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** `matrix[gold][predicted]`, with `labels.length` gold rows and at least as many columns. */
export function classify(
  matrix: readonly (readonly number[])[],
  labels: readonly string[],
): ClassificationFigures {
  const cell = (g: number, p: number) => matrix[g]?.[p] ?? 0;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const classes = labels.map((_, k) => k);
  let total = 0;
  for (const g of classes) total += sum([...(matrix[g] ?? [])]);
  const perClass = classes.map((k) => {
    const hit = cell(k, k);
    const support = sum([...(matrix[k] ?? [])]);
    const predicted = sum(classes.map((g) => cell(g, k)));
    const precision = ratio(hit, predicted);
    const recall = ratio(hit, support);
    return {
      label: labels[k] ?? String(k),
      support,
      precision,
      recall,
      f1: harmonic(precision, recall),
    };
  });
  return {
    accuracy: ratio(sum(classes.map((k) => cell(k, k))), total),
    macroF1: ratio(sum(perClass.map((c) => c.f1)), perClass.length),
    perClass,
  };
}
