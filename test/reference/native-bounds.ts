// Upper bounds of native histogram buckets: the tests' oracle for where bucketIndex puts a value.
import { BOUNDS } from "../../src/store/native-histogram.ts";

/** Upper bound of bucket `key` at `schema`. */
export function bucketUpperBound(key: number, schema: number): number {
  if (schema <= 0) return 2 ** (key * 2 ** -schema);
  const n = 1 << schema;
  const j = ((key % n) + n) % n;
  return BOUNDS[schema][j] * 2 ** ((key - j) / n + 1);
}
