// End-to-end tests of the pre-rendered story: what a reader without
// JavaScript gets, how soon a reader with a slow connection sees the story,
// and the live widget taking over without a visible jump.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { launchBrowser, openPage, screenshot, seed } from "./browser.mjs";
import { startServer } from "./server.mjs";

const dated = seed.events.filter((event) => event.date);

describe("the pre-rendered story", () => {
  let server;
  let browser;
  test.before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  test.after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [375, 1280]) {
    test(`without JavaScript shows every event title, every quote and the marks at ${width} px`, async () => {
      const page = await openPage(browser, width, { javaScriptEnabled: false });
      await page.goto(`${server.url}/`);
      const host = page.locator("[data-dateline-story]");
      const shown = (locator) => locator.evaluateAll((elements) => elements.some((element) => element.checkVisibility()));
      for (const event of seed.events) {
        assert.ok(await shown(host.getByText(event.title, { exact: true })), `${event.title} is shown`);
      }
      for (const quote of seed.quotes) {
        assert.ok(await shown(host.getByText(quote.text)), `the quote "${quote.text.slice(0, 40)}…" is shown`);
        const speaker = seed.actors.find((actor) => actor.id === quote.speaker);
        assert.ok(await shown(host.getByText(speaker.name)), `${speaker.name} is named`);
      }
      const marks = await host.locator("[data-event-id]:visible").count();
      assert.ok(marks >= dated.length, `${marks} event marks are visible`);
      assert.ok(await host.locator("[data-actor-id]:visible").count() > 5, "the map's actors are drawn");
      await screenshot(page, `prerendered-no-js-${width}`);
      await page.context().close();
    });
  }

  for (const width of [375, 1280]) {
    test(`is on screen within a second while the WebAssembly is held back, then taken over without a jump at ${width} px`, async () => {
      const page = await openPage(browser, width);
      await page.addInitScript(() => {
        window.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route("**/dateline-core_bg.wasm", async (route) => {
        await held;
        await route.continue();
      });
      const started = Date.now();
      await page.goto(`${server.url}/`, { waitUntil: "commit" });
      const firstEvent = page.locator("[data-dateline-story]").locator(`[data-event-id="${dated[0].id}"]:visible`).first();
      await firstEvent.waitFor({ state: "visible", timeout: 5000 });
      const visibleAfter = Date.now() - started;
      await screenshot(page, `prerendered-before-wasm-${width}`);
      assert.ok(visibleAfter < 1500, `the first event was visible after ${visibleAfter} ms`);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 3000 - (Date.now() - started))));
      release();
      await page.waitForFunction(() => {
        const tree = document.querySelector("[data-dateline-story]").shadowRoot;
        return tree.querySelector(".dl-widget") && !tree.querySelector(".dl-prerendered");
      });
      const event = page.locator(`[data-event-id="${dated[1].id}"]`);
      await event.click();
      assert.equal(await event.getAttribute("aria-pressed"), "true", "the live widget answers");
      const shift = await page.evaluate(() => window.layoutShift);
      console.log(`layout shift at ${width} px: ${shift.toFixed(4)}, first event visible after ${visibleAfter} ms`);
      assert.ok(shift <= 0.02, `the takeover shifted the layout by ${shift}`);
      assert.deepEqual(page.consoleProblems, []);
      await page.context().close();
    });
  }

  test("the demo news page holds both of its widgets pre-rendered", async () => {
    const page = await openPage(browser, 1280, { javaScriptEnabled: false });
    await page.goto(`${server.url}/article.html`);
    assert.ok(await page.locator("#explainer").locator(".dl-timeline").first().isVisible());
    assert.ok(await page.locator("#who").locator(".dl-map").first().isVisible());
    assert.equal(await page.locator("#who").locator(".dl-timeline").count(), 0, "the map-only widget has no timeline");
    await page.context().close();
  });
});
