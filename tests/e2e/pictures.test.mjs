// End-to-end tests of pictures in cards: nothing is fetched before a card
// opens, the picture loads lazily with its alt text and credit and no
// referrer, a broken picture leaves its card whole, and a strict
// Content-Security-Policy is kept.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { screenshot, seriousAxeViolations, useWidgetPage } from "./browser.mjs";

const STORY = "/fixtures/pictures/story.json";
const PICTURE = "/fixtures/pictures/harbour-bridge.png";
const BROKEN = "/fixtures/pictures/no-such-picture.png";

const { open } = useWidgetPage({ csp: true });

/** Opens the pictures story at `width`, recording every picture requested and every CSP violation. */
async function openRecording(width) {
  const requested = [];
  const page = await open(width, {
    story: STORY,
    beforeLoad: async (page) => {
      page.on("request", (request) => {
        if (request.resourceType() === "image" || /\.png$/.test(new URL(request.url()).pathname)) requested.push(new URL(request.url()).pathname);
      });
      await page.addInitScript(() => {
        window.violations = [];
        document.addEventListener("securitypolicyviolation", (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
    },
  });
  return { page, requested };
}

describe("pictures in cards", () => {
  test("nothing is fetched until the card opens; then the picture shows with its alt text and credit", async () => {
    const { page, requested } = await openRecording(1280);
    await page.locator('[data-event-id="bridge-reopens"]').waitFor();
    // Give the page every chance to fetch early: idle network, then a while longer.
    await page.waitForLoadState("networkidle");
    assert.deepEqual(requested, [], "no picture is requested before a card opens");
    assert.equal(await page.locator(".dl-widget img").count(), 0, "no <img> exists outside an open card");

    await page.locator('[data-event-id="bridge-reopens"]').click();
    const card = page.locator(".dl-card--pinned");
    await card.waitFor();
    const image = card.locator("img.dl-card__image");
    await page.waitForFunction(() => {
      const img = document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-card img");
      return img?.complete && img.naturalWidth > 0;
    });
    assert.deepEqual(requested, [PICTURE]);
    assert.equal(await image.getAttribute("alt"), "The rebuilt harbour bridge, its arch over the water, on a clear morning");
    assert.equal(await image.getAttribute("loading"), "lazy");
    assert.equal(await image.getAttribute("decoding"), "async");
    assert.equal(await image.getAttribute("referrerpolicy"), "no-referrer");
    assert.equal(await card.locator(".dl-card__credit").textContent(), "Illustration: The Coastal Herald");
    assert.equal(await card.locator(".dl-card__caption").textContent(), "The arch was rebuilt in steel.");
    assert.equal(await card.locator("iframe, object, embed").count(), 0, "nothing is embedded");
    assert.deepEqual(await seriousAxeViolations(page), []);
    await screenshot(page, "pictures-1280-card");
    assert.deepEqual(await page.evaluate(() => window.violations), [], "the strict CSP is kept");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("a broken picture is removed and its card stays whole", async () => {
    const { page, requested } = await openRecording(1280);
    await page.locator('[data-actor-id="city-council"]').click();
    const card = page.locator(".dl-card--pinned");
    await card.waitFor();
    await page.waitForFunction((broken) => performance.getEntriesByType("resource").some((entry) => entry.name.endsWith(broken)), BROKEN);
    await card.locator(".dl-card__picture").waitFor({ state: "detached" });
    assert.deepEqual(requested, [BROKEN]);
    assert.equal(await card.getAttribute("aria-label"), "Harbour City Council");
    assert.match(await card.textContent(), /Harbour City Council/);
    assert.equal(await card.locator(".dl-card__close").count(), 1, "the card keeps its close button");
    assert.equal(await card.locator('[data-relation-button], [data-actor-button], .dl-card__title').count() >= 1, true);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    // The 404 is the only console message: the browser's own report of the failed fetch.
    assert.ok(page.consoleProblems.every((problem) => /404|Failed to load resource/.test(problem)), page.consoleProblems.join("\n"));
    await page.context().close();
  });

  test("on a phone the picture shows in the docked card", async () => {
    const { page, requested } = await openRecording(375);
    await page.locator('[data-event-id="bridge-reopens"]').click();
    const card = page.locator(".dl-card--pinned");
    await card.waitFor();
    await page.waitForFunction(() => document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-card img")?.naturalWidth > 0);
    const [image, widget] = [await card.locator("img").boundingBox(), await page.locator(".dl-widget").boundingBox()];
    assert.ok(image.width > 200 && image.x >= widget.x && image.x + image.width <= widget.x + widget.width, `the picture is ${image.width} px wide`);
    assert.deepEqual(requested, [PICTURE]);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "pictures-375-card");
    await page.context().close();
  });
});
