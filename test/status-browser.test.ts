// The status page in a real browser: Debian's chromium driven by playwright-core. Skips (saying
// why) where chromium is missing or cannot start.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type * as grpc from "@grpc/grpc-js";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { LOGENTRY_PATH } from "../src/ingest/mixer-logentry.ts";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { dur, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";

// Code run in the page sees the page's globals; the project's TypeScript has no DOM types, and the
// page's CSP refuses code passed as strings (eval), so these stand in for the little used here.
declare const document: {
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
  createElement(tag: string): { textContent: string };
  body: { append(e: unknown): void };
};
declare const window: Record<string, unknown>;

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const HOSTILE = "<img src=x onerror=alert(1)>";
const SCREENSHOT = join(tmpdir(), "gatewaymetric-status.png");

function entries(host: string, url: string, n: number, code = 200) {
  return Array.from({ length: n }, () => ({ host: str(host), url: str(url), method: str("GET"), responseCode: int(code), latency: dur(30) }));
}

async function launch(): Promise<Browser | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not found (apt-get install chromium)`;
  try {
    const { chromium } = await import("playwright-core");
    // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start.
    return await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"], timeout: 30_000 });
  } catch (e) {
    return `chromium did not start: ${String((e as Error).message).split("\n")[0]}`;
  }
}

describe("status page in chromium", () => {
  let browser: Browser | null = null;
  let skip = "";
  let a: Adapter;
  let client: grpc.Client;
  let page: Page;
  const problems: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    const b = await launch();
    if (typeof b === "string") {
      skip = b;
      console.warn(`SKIPPED browser test: ${b}`);
      return;
    }
    browser = b;
    a = await startTestAdapter();
    client = newClient(a.grpcPort);
    const sent = await unary(client, LOGENTRY_PATH, logEntryRequest([
      ...entries("shop.example.com", "/api/v1/products/7", 5),
      ...entries("shop.example.com", "/checkout", 2, 503),
      ...entries(HOSTILE, "/<script>alert(2)</script>", 1),
    ]));
    expect(sent.code).toBe(0);
    page = await browser.newPage({ viewport: { width: 1320, height: 1000 } });
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`http://127.0.0.1:${a.httpPort}/`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (skip) return;
    client.close();
    await a.shutdown();
  });

  const hosts = () => page.$$eval("#routes tbody td.host", (tds) => tds.map((td) => td.textContent));

  test("shows the hosts and routes sent, hostile values as text", async () => {
    if (skip) return;
    await page.waitForFunction(() => document.querySelectorAll("#routes tbody tr").length >= 3, null, { timeout: 15_000 });
    const rows = await page.$$eval("#routes tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent)));
    expect(rows).toContainEqual(["shop.example.com", "/api/v1/products/{id}", "GET"]);
    expect(rows).toContainEqual(["shop.example.com", "/checkout", "GET"]);
    expect(rows.find((r) => r[0] === HOSTILE)).toBeDefined();
    // The hostile value is text in its cell: no element was made from it, no script ran.
    expect(await page.$$eval("main img, main script", (els) => els.length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.textContent("#senders")).toContain("Mixer logentry");
  }, 30_000);

  test("shows traffic sent after it opened, without a reload", async () => {
    if (skip) return;
    await page.evaluate(() => (window.marker = 1));
    const sent = await unary(client, LOGENTRY_PATH, logEntryRequest(entries("late.example.com", "/arrived/later", 4)));
    expect(sent.code).toBe(0);
    await page.waitForFunction(() => Array.from(document.querySelectorAll("#routes td.host")).some((td) => td.textContent === "late.example.com"), null, { timeout: 15_000 });
    expect(await page.evaluate(() => window.marker)).toBe(1);
  }, 30_000);

  test("the routes table sorts by a clicked column", async () => {
    if (skip) return;
    await page.click('#routes th[data-key="host"]');
    const asc = await hosts();
    expect(asc).toEqual([...asc].sort((x, y) => (x! < y! ? -1 : x! > y! ? 1 : 0)));
    expect(await page.getAttribute('#routes th[data-key="host"]', "aria-sort")).toBe("ascending");
    await page.click('#routes th[data-key="host"]');
    const desc = await hosts();
    expect(desc).toEqual([...asc].reverse());
  }, 30_000);

  test("no console errors (CSP violations included); a screenshot for a person to look at", async () => {
    if (skip) return;
    await page.waitForTimeout(2500);
    expect(problems).toEqual([]);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`status page screenshot: ${SCREENSHOT}`);
    expect(existsSync(SCREENSHOT)).toBe(true);
  }, 30_000);

  test("the CSP is in force: an injected inline script does not run", async () => {
    if (skip) return;
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.injected = true";
      document.body.append(s);
      return window.injected === true;
    });
    expect(ran).toBe(false);
    await page.waitForTimeout(200);
    expect(problems.some((p) => p.includes("Content Security Policy"))).toBe(true);
  }, 30_000);
});
