// Launches Debian's Chromium through playwright-core, headless, with the
// flags this closed network needs, and collects what pages log.
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { mkdir, readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { startServer } from "./server.mjs";

/** The seed story, which the tests compare the page with. */
export const seed = JSON.parse(await readFile(resolve(import.meta.dirname, "../../static/stories/russia-taliban-2022.json"), "utf8"));

export const artifacts = resolve(import.meta.dirname, "../../test-results");

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A new page at `width` px that records its console errors and warnings. */
export async function openPage(browser, width, options = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  page.consoleProblems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      page.consoleProblems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => page.consoleProblems.push(`uncaught: ${error.message}`));
  return page;
}

/**
 * Waits until every widget on the page has finished loading and its actor
 * map has settled (the map is hidden, so not focusable, while it arranges).
 * Widgets load as the reader comes near them, so each one still waiting is
 * scrolled into view in turn, as a reader would; the page's scroll position
 * is then put back.
 */
export async function waitForWidgets(page) {
  const scroll = await page.evaluate(() => [scrollX, scrollY]);
  await page.waitForFunction(() => {
    const waiting = [...document.querySelectorAll("[data-dateline-story]")].filter((host) => {
      // Elements that cannot have a shadow root get one on an element inside.
      const tree = host.shadowRoot ?? host.querySelector(":scope > .dateline-shadow-host")?.shadowRoot ?? host;
      // A pre-rendered widget counts once the live one has taken over, and
      // one that waited below the fold once it has arrived in its box.
      return !tree.querySelector(".dl-widget") || tree.querySelector(".dl-widget--loading, .dl-prerendered, .dl-host--arriving, .dl-map[aria-busy=true]");
    });
    waiting[0]?.scrollIntoView({ block: "nearest" });
    return waiting.length === 0;
  });
  await page.evaluate(([x, y]) => scrollTo(x, y), scroll);
}

/**
 * The `data-*` value `key` (camelCase, as in `dataset`) of the element that
 * has focus, looking inside shadow roots; undefined when it has none.
 */
export function focusedData(page, key) {
  return page.evaluate((key) => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.dataset?.[key];
  }, key);
}

/**
 * Presses `key` and returns the `data-*` value `key` of the element focus
 * moves to, once it has moved from the element holding `from` (the widget
 * focuses after its next redraw, which a loaded machine delays); `from` if
 * it does not move within `patience` ms.
 */
export async function focusedDataAfter(page, key, dataKey, from, patience = 2_000) {
  await page.keyboard.press(key);
  const moved = await page
    .waitForFunction(
      ([dataKey, from]) => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        const value = element?.dataset?.[dataKey];
        return value !== from && value;
      },
      [dataKey, from],
      { timeout: patience },
    )
    .catch(() => null);
  return moved ? moved.jsonValue() : focusedData(page, dataKey);
}

/** axe-core violations of serious or critical impact, as readable lines. */
export async function seriousAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/**
 * Every axe-core violation, of any impact, as readable lines (rule, impact,
 * what it asks for, and each element's selector with axe's summary of what
 * is wrong with it).
 */
export async function allAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => `${node.target.join(" ")} [${node.failureSummary?.replaceAll("\n", " ").trim()}]`)
        .join(", ")}`,
  );
}

/** Saves a full-page screenshot under test-results/. */
export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage: true });
}

/**
 * Starts the test server and Chromium before a test file's tests and stops
 * them after. Returns `open(width, options)`, which loads the standalone page
 * or the page at `options.path` (its widget pointed at `options.story` and the URL ending in `options.hash`,
 * when given; `options.beforeLoad(page)` runs before navigation; the rest are
 * Playwright context options) and waits for the widgets; and `serverUrl()`,
 * `server()` and `browser()`. `serverOptions` go to `startServer`.
 */
export function useWidgetPage(serverOptions = {}) {
  let server;
  let browser;
  before(async () => {
    server = await startServer(serverOptions.generated, serverOptions);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const open = async (width, { path = "/", story, hash = "", beforeLoad, ...options } = {}) => {
    const page = await openPage(browser, width, options);
    await beforeLoad?.(page);
    const query = story === undefined ? "" : `?story=${encodeURIComponent(story)}`;
    await page.goto(`${server.url}${path}${query}${hash}`);
    await waitForWidgets(page);
    return page;
  };
  return { open, serverUrl: () => server.url, server: () => server, browser: () => browser };
}
