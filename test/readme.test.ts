// The README documents every option (its table is generated from the same OPTIONS table as --help).
import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { withTable } from "../scripts/options-table.ts";

test("the README's option table is current (npm run gen:readme)", () => {
  const readme = readFileSync(join(import.meta.dir, "..", "README.md"), "utf8");
  expect(withTable(readme) === readme).toBe(true);
});

test("the Quick start is two commands: run on built-in defaults, run the tests", () => {
  const readme = readFileSync(join(import.meta.dir, "..", "README.md"), "utf8");
  const quick = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("## ", readme.indexOf("## Quick start") + 5));
  const block = /```sh\n([\s\S]*?)```/.exec(quick)![1].trim().split("\n");
  expect(block.map((l) => l.replace(/\s+#.*$/, ""))).toEqual(["npm ci && npm start", "npm test"]);
});
