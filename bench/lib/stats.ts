/** The benches' statistics over samples in ms. */
export const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** The `p` quantile (0..1) of `xs`. */
export const at = (xs: number[], p: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

export const median = (xs: number[]) => at(xs, 0.5);
