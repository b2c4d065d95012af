// End-to-end test of bounded work on the release build: a story file just
// under the size limit whose one event names 300,000 actors that do not exist
// still shows quickly, with a short problem list and a small page.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { launchBrowser, openPage, screenshot } from "./browser.mjs";
import { startServer } from "./server.mjs";

const REFERENCES = 300_000;

/** The story scripts/generate-fixtures.py prints with --many-references, built here in memory. */
function manyReferencesStory(references) {
  const missing = Array.from({ length: references }, (_, i) => `nope${i}`);
  return JSON.stringify({
    version: 1,
    meta: { title: "A story with 300,000 bad references", source: { name: "Generated", url: "https://example.org/many" }, published: "2024-12-31", language: "en" },
    actors: [
      { id: "russia", name: "Russia", kind: "state", source: { paragraph: 1, excerpt: "Russia" } },
      { id: "taliban", name: "Taliban", kind: "group", source: { paragraph: 1, excerpt: "Taliban" } },
    ],
    events: [
      { id: "crowded", date: "2022-04-09", title: "An event naming 300,000 missing actors", kind: "reported", actors: ["russia", "taliban", ...missing], source: { paragraph: 1, excerpt: "x" } },
    ],
  });
}

/** Elements in the page, counting those inside shadow roots too. */
function countElements() {
  const count = (root) => [...root.querySelectorAll("*")].reduce((n, element) => n + 1 + (element.shadowRoot ? count(element.shadowRoot) : 0), 0);
  return count(document);
}

let server;
let browser;
before(async () => {
  const story = manyReferencesStory(REFERENCES);
  assert.ok(story.length < 5 * 1024 * 1024, `the story is ${story.length} bytes, over the 5 MB limit`);
  server = await startServer(new Map([["/generated/many-references.json", story]]));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe("a story with 300,000 references to missing actors in one event", () => {
  test("shows quickly, lists the first problems and says how many more there are", { timeout: 120_000 }, async () => {
    const page = await openPage(browser, 1280);
    const started = Date.now();
    await page.goto(`${server.url}/?story=${encodeURIComponent("/generated/many-references.json")}`);
    await page.locator(".dl-problems__summary").waitFor({ timeout: 60_000 });
    await page.locator("[data-actor-id=taliban]").waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - started;
    const elements = await page.evaluate(countElements);
    console.log(`  many references: shown in ${elapsed} ms with ${elements} elements`);

    assert.equal(await page.textContent(".dl-header__title"), "A story with 300,000 bad references");
    assert.match(await page.textContent(".dl-problems__summary"), /^300,000 warnings in this story file$/);
    const listed = await page.locator(".dl-problem").count();
    assert.equal(listed, 200, "the first 200 problems are listed");
    assert.match(await page.textContent(".dl-problem__path"), /^events\[0\]\.actors\[2\]$/);
    assert.match(await page.textContent(".dl-problems__more"), /^and 299,800 more$/);
    assert.deepEqual(await page.$$eval("[data-event-id]", (items) => items.map((item) => item.dataset.eventId)), ["crowded"]);
    assert.ok(elements < 20_000, `${elements} elements in the page`);
    assert.ok(elapsed < 15_000, `shown after ${elapsed} ms`);
    await screenshot(page, "many-references-1280");
    await page.context().close();
  });
});
