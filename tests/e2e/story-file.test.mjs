// End-to-end tests of story files with problems and hostile text, on the release build.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { startServer } from "./server.mjs";
import { launchBrowser, openPage, screenshot, seriousAxeViolations, waitForWidgets } from "./browser.mjs";

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the standalone page with its widget pointed at `story`. */
async function openStory(story, width = 1280) {
  const page = await openPage(browser, width);
  await page.goto(`${server.url}/?story=${encodeURIComponent(story)}`);
  await waitForWidgets(page);
  return page;
}

describe("a story file with problems", () => {
  test("shows the valid rest and a count of problems that opens to their messages", async () => {
    const page = await openStory("/fixtures/bad/invalid-dates.json");
    const summary = page.locator(".dl-problems__summary");
    assert.equal(await summary.textContent(), "6 errors in this story file");
    assert.equal(await page.locator(".dl-problems__list").isVisible(), false, "the messages start folded");
    await summary.focus();
    await page.keyboard.press("Enter");
    const messages = await page.locator(".dl-problem").allTextContents();
    assert.equal(messages.length, 6);
    assert.match(messages.join("\n"), /Error at events\[0\]\.date: "2022-13" is not a valid date: month 13 is not between 01 and 12/);
    assert.deepEqual(await page.$$eval("[data-event-id]", (items) => items.map((item) => item.dataset.eventId)), ["kept"]);
    assert.match(await page.getAttribute("[data-event-id=kept]", "aria-label"), /, around 15 March 44 BCE,/);
    assert.ok(page.consoleProblems.some((line) => line.startsWith("warning: Dateline: 6 problem(s)")), "problems are logged for the story's authors");
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.context().close();
  });
});

describe("a story file with hostile text", () => {
  for (const width of [375, 1280]) {
    test(`shows it as text, runs none of it and keeps the layout at ${width} px`, async () => {
      const page = await openStory("/fixtures/hostile.json", width);
      assert.equal(await page.evaluate(() => window.__hostile), undefined, "no story text ran as code");
      assert.match(await page.textContent(".dl-header__title"), /^<script>/);
      assert.equal(await page.locator(".dl-widget a[href^='javascript:']").count(), 0);
      assert.equal(await page.locator(".dl-widget img, .dl-widget script, .dl-widget svg[onload]").count(), 0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      await screenshot(page, `hostile-${width}`);
      await page.context().close();
    });
  }
});
