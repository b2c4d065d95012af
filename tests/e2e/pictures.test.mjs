// End-to-end tests of pictures in cards: nothing is fetched before a card
// opens, the picture loads lazily with its alt text and credit and no
// referrer, a broken picture leaves its card whole, a strict
// Content-Security-Policy is kept, and a picture is only ever fetched from
// the story file's folder (or the host's pictures folder) or a public host.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { screenshot, seriousAxeViolations, useWidgetPage, waitForWidgets } from "./browser.mjs";

const STORY = "/fixtures/pictures/story.json";
const PICTURE = "/fixtures/pictures/harbour-bridge.png";
const BROKEN = "/fixtures/pictures/no-such-picture.png";

// The pictures story again, in a folder of its own: its pictures are not there.
const ELSEWHERE = "/elsewhere/harbour.json";
const HOST = "/elsewhere/host.html";
const hostPage = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pictures</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><script type="module" src="/dateline.js"></script></head><body><h1>Pictures</h1>${body}</body></html>`;
const generated = new Map([
  [ELSEWHERE, await readFile(resolve(import.meta.dirname, "../fixtures/pictures/story.json"), "utf8")],
  [HOST, hostPage("")],
]);

const { open, server } = useWidgetPage({ csp: true, generated });

/** The paths the test server was asked for since `from` (an index in its log). */
const requestedSince = (from) => server().requests.slice(from);

/**
 * Opens the story at `story` (the pictures story by default; none with `undefined` and a `path`)
 * on the page at `path` at `width`, recording every picture requested and every CSP violation.
 */
async function openRecording(width, story = STORY, path = "/") {
  const requested = [];
  const page = await open(width, {
    path,
    story,
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

  test("a broken picture is hidden and its card stays whole", async () => {
    const { page, requested } = await openRecording(1280);
    await page.locator('[data-actor-id="city-council"]').click();
    const card = page.locator(".dl-card--pinned");
    await card.waitFor();
    await page.waitForFunction((broken) => performance.getEntriesByType("resource").some((entry) => entry.name.endsWith(broken)), BROKEN);
    const figure = card.locator(".dl-card__picture");
    await figure.waitFor({ state: "hidden" });
    assert.equal(await figure.evaluate((element) => element.hidden), true, "the figure is hidden, not merely scrolled away");
    assert.equal(await figure.boundingBox(), null, "it takes no room in the card");
    assert.equal(await card.getByRole("img").count(), 0, "no picture is left in the card for screen readers");
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

  test("a picture path that climbs out of the story's folder, or one on the reader's own computer, is never requested and its problem is shown", async () => {
    const before = server().requests.length;
    const { page, requested } = await openRecording(1280, "/fixtures/pictures/refused.json");
    for (const id of ["climbs-out", "from-the-root", "encoded", "with-a-query", "loopback", "ipv6-loopback"]) {
      await page.locator(`[data-event-id="${id}"]`).click();
      const card = page.locator(".dl-card--pinned");
      await card.waitFor();
      assert.ok((await card.locator(".dl-card__title").textContent()).length > 0, `the ${id} card is whole`);
      assert.equal(await card.locator("img").count(), 0, `the ${id} card shows no picture`);
      await page.keyboard.press("Escape");
    }
    await page.waitForLoadState("networkidle");
    assert.deepEqual(requestedSince(before).filter((path) => /account|logout/.test(path)), [], "nothing outside the story's folder was asked for");
    // The picture in the story's own folder still loads, from there.
    await page.locator('[data-event-id="bridge-reopens"]').click();
    await page.waitForFunction(() => document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-card img")?.naturalWidth > 0);
    assert.deepEqual(requestedSince(before).filter((path) => path.startsWith("/fixtures/")), ["/fixtures/pictures/refused.json", PICTURE]);
    assert.deepEqual(requested, [PICTURE]);

    await page.locator(".dl-problems__summary").click();
    const problems = await page.locator(".dl-problems__list li").allTextContents();
    const about = (id) => problems.filter((problem) => problem.includes(`events[${id}].image.url`)).join(" ");
    assert.match(about(0), /"\.\.\/\.\.\/account\/logout" leaves its folder/);
    assert.match(about(1), /"\/account\/logout\?confirm=1" leaves its folder/);
    assert.match(about(2), /"%2e%2e\/%2e%2e\/account\/logout" leaves its folder/);
    assert.match(about(3), /has a query \(\?\) or a fragment \(#\)/);
    assert.match(about(4), /"https:\/\/127\.0\.0\.1\/account\/logout" points at an IP address, which may be the reader's own computer or network/);
    assert.match(about(5), /"https:\/\/\[::1\]\/account\/logout" points at an IP address/);
    await page.context().close();
  });

  test("a story file elsewhere reads its pictures in the host's pictures folder", async () => {
    const { page, requested } = await openRecording(1280, undefined, HOST);
    await page.evaluate((story) => {
      const host = document.createElement("div");
      host.dataset.datelineStory = story;
      host.dataset.datelinePictures = "/fixtures/pictures";
      document.body.append(host);
    }, ELSEWHERE);
    await waitForWidgets(page);
    await page.locator('[data-event-id="bridge-reopens"]').click();
    await page.waitForFunction(() => document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-card img")?.naturalWidth > 0);
    assert.deepEqual(requested, [PICTURE], "read in /fixtures/pictures/, not in the story's folder /elsewhere/");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("a story object's pictures given as paths need the host's pictures folder, which must be on the page's site", async () => {
    const { page, requested } = await openRecording(1280, undefined, HOST);
    const story = JSON.parse(generated.get(ELSEWHERE));
    const mounted = (id, options) =>
      page.evaluate(
        async ({ id, options }) => {
          const { mount } = await import("/dateline.js");
          const host = document.createElement("div");
          host.id = id;
          document.body.append(host);
          await mount(host, options);
        },
        { id, options },
      );
    await mounted("no-folder", { story });
    const widget = page.locator("#no-folder");
    await widget.locator(".dl-problems__summary").click();
    assert.match(await widget.locator(".dl-problems__list").textContent(), /"harbour-bridge\.png" is a path, but there is no folder to read it in/);
    await widget.locator('[data-event-id="bridge-reopens"]').click();
    assert.equal(await widget.locator(".dl-card--pinned img").count(), 0);
    await widget.locator(".dl-card--pinned .dl-card__close").click();

    await mounted("other-site", { story, pictures: "https://pictures.example.org/media/" });
    assert.ok(page.consoleProblems.some((line) => /the pictures folder "https:\/\/pictures\.example\.org\/media\/" is not a folder on this page's site/.test(line)));
    assert.equal(await page.locator("#other-site .dl-problems__summary").count(), 1, "the option was ignored: paths are refused");

    await mounted("with-folder", { story, pictures: "/fixtures/pictures/" });
    const card = page.locator("#with-folder").locator(".dl-card--pinned");
    await page.locator("#with-folder").locator('[data-event-id="bridge-reopens"]').click();
    await card.locator("img").waitFor();
    await page.waitForFunction(() => document.querySelector("#with-folder").shadowRoot.querySelector(".dl-card img")?.naturalWidth > 0);
    assert.deepEqual(requested, [PICTURE]);
    await page.context().close();
  });
});
