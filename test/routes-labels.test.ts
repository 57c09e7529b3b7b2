import { expect, test } from "bun:test";
import { codeLabel, methodLabel } from "../src/core/labels.ts";
import { normalizePath } from "../src/core/routes.ts";

test("route folding", () => {
  const cases: [string, string][] = [
    ["/productpage?u=normal", "/productpage"],
    ["/ratings/0", "/ratings/{id}"],
    ["/ratings/1#top", "/ratings/{id}"],
    ["/api/v1/users/3f2a9c1e-aa00-4bcd-9def-0123456789ab/orders/42", "/api/v1/users/{id}/orders/{id}"],
    ["/blobs/0123456789abcdef0123", "/blobs/{id}"],
    ["/blobs/abcdefabcdefabc", "/blobs/abcdefabcdefabc"], // 15 hex letters, no digits: still a name
    ["/v1/items", "/v1/items"],
    ["/", "/"],
    ["http://shop.example.com/cart/7?x=1", "/cart/{id}"],
    ["", ""],
  ];
  for (const [raw, want] of cases) expect([raw, normalizePath(raw)]).toEqual([raw, want]);
});

test("methods and codes", () => {
  expect(methodLabel("GET")).toBe("GET");
  expect(methodLabel("patch")).toBe("PATCH");
  expect(methodLabel("BREW")).toBe("_OTHER");
  expect(methodLabel("")).toBe("_OTHER");
  expect(codeLabel(200)).toBe("200");
  expect(codeLabel(0)).toBe("0");
  expect(codeLabel(1000)).toBe("0");
});
