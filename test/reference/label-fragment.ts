// A series' label text built as a string: the tests' oracle for the bytes store/series.ts writes.
import { escapeLabelValue } from "../../src/store/escape.ts";

/** `a="x",b="y"`; labels with an empty value are left out, which Prometheus reads the same way. */
export function labelFragment(names: readonly string[], values: readonly string[]): string {
  let s = "";
  for (let i = 0; i < names.length; i++) {
    const v = values[i];
    if (v === "") continue;
    if (s !== "") s += ",";
    s += names[i] + '="' + escapeLabelValue(v) + '"';
  }
  return s;
}
