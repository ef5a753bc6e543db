/** A decided value together with where it came from, so the log can say why. */
export interface Sourced<T> {
  readonly value: T;
  readonly source: string;
}
