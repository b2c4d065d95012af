// End-to-end tests of loading only what the reader comes near, on the release
// build: a widget far below the fold requests no module, glue or story until
// the reader scrolls within a screen of it; the module is fetched once for
// every widget; `data-dateline-load="eager"`, a deep link and printing load it
// at once; a pre-rendered widget shows its story meanwhile, a plain one a box
// of about its height, and neither moves what the reader sees as it arrives.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { openPage as newPage, useWidgetPage } from "./browser.mjs";

const STORY = "/stories/russia-taliban-2022.json";
/** Article text taller than three screens of the 900 px test viewport. */
const ARTICLE = `<div style="height: 4000px">Article text.</div>`;

/** The article going on after the widget: what a change of the widget's height would move. */
const AFTER = `<p id="after">The article goes on.</p>`;

/** A news page with a long article, the given host elements after it, and more article. */
function page(hosts) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title>
<link rel="icon" href="data:,"><script type="module" src="/dateline.js"></script></head>
<body><h1>A long article</h1>${ARTICLE}${hosts}${AFTER}</body></html>`;
}

// The standalone page as built, with its pre-rendered widget moved below a long article.
const built = readFileSync(resolve(import.meta.dirname, "../../dist/index.html"), "utf8");
const prerenderedBelow = built
  .replace('<main class="dl-page__main">', `<main class="dl-page__main">${ARTICLE}`)
  .replace("</main>", `${AFTER}</main>`);

const pages = new Map([
  ["/below.html", page(`<div id="below" data-dateline-story="${STORY}"></div>`)],
  ["/below-fixed.html", page(`<div id="below" data-dateline-story="${STORY}" data-dateline-height="420px"></div>`)],
  ["/two-below.html", page(`<div id="one" data-dateline-story="${STORY}"></div><div id="two" data-dateline-story="${STORY}"></div>`)],
  ["/eager.html", page(`<div id="eager" data-dateline-story="${STORY}" data-dateline-load="eager"></div>`)],
  ["/prerendered-below.html", prerenderedBelow],
]);

const { server, browser } = useWidgetPage({ generated: pages });

/** The requests for Dateline's code and story since `from` (an index into the server's log). */
function loads(from) {
  return server()
    .requests.slice(from)
    .filter((path) => /dateline-core(_bg\.wasm|\.js)$|\.json$/.test(path));
}

/** Opens `path` (with `hash`) at 1280 px without waiting for its widgets, recording its layout shifts. */
async function openPage(path, hash = "") {
  const page = await newPage(browser(), 1280);
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((source) => `${source.node?.nodeName ?? "?"}#${source.node?.id ?? ""} ${source.previousRect.y}->${source.currentRect.y}`);
        window.shifts.push(`${entry.value.toFixed(4)}: ${moved.join(", ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${server().url}${path}${hash}`);
  return page;
}

/** Where the article after the widget is on screen, in CSS px from the viewport's top. */
const afterTop = (page) => page.locator("#after").evaluate((after) => after.getBoundingClientRect().top);

/** Resolves once the widget on the page's story element has arrived and its map has settled. */
async function arrived(page) {
  await page.waitForFunction(() => {
    const root = document.querySelector("[data-dateline-story]").shadowRoot;
    return root?.querySelector(".dl-widget:not(.dl-widget--loading)") && !root.querySelector(".dl-prerendered, .dl-host--arriving, .dl-map[aria-busy=true]");
  });
  // Two frames, for anything the arrival would still move.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The heights of the story element and of the widget's box in it, in CSS px. */
const heights = (page) =>
  page.locator("[data-dateline-story]").evaluate((host) => [host.getBoundingClientRect().height, host.shadowRoot.querySelector(".dl-widget").getBoundingClientRect().height]);

describe("a widget far below the fold", () => {
  test("requests nothing until the reader scrolls near it, then loads and draws", async () => {
    const from = server().requests.length;
    const page = await openPage("/below.html");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(loads(from), [], "no module, glue or story before the reader comes near");
    assert.equal(await page.locator("#below").evaluate((host) => host.shadowRoot), null, "nothing is mounted");

    await page.locator("#below").scrollIntoViewIfNeeded();
    await page.locator("#below .dl-timeline [data-event-id]").first().waitFor();
    const after = loads(from);
    assert.equal(after.filter((path) => path.endsWith(".wasm")).length, 1, "the module once");
    assert.ok(after.includes(STORY), "and the story");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("two widgets below the fold fetch the module once between them", async () => {
    const from = server().requests.length;
    const page = await openPage("/two-below.html");
    await page.locator("#two").scrollIntoViewIfNeeded();
    await page.locator("#one .dl-timeline [data-event-id]").first().waitFor();
    await page.locator("#two .dl-timeline [data-event-id]").first().waitFor();
    assert.equal(loads(from).filter((path) => path.endsWith(".wasm")).length, 1);
    await page.context().close();
  });

  test("loads at once with data-dateline-load=eager", async () => {
    const page = await openPage("/eager.html");
    await page.locator("#eager .dl-timeline [data-event-id]").first().waitFor();
    assert.equal(await page.evaluate(() => scrollY), 0, "without the reader scrolling");
    await page.context().close();
  });

  test("a deep link to it loads it at once and opens its item", async () => {
    const page = await openPage("/below.html", "#dateline-below=event:gharwal-accredited");
    const event = page.locator('#below [data-event-id="gharwal-accredited"]').first();
    await event.waitFor({ state: "attached" });
    assert.equal(await event.getAttribute("aria-pressed"), "true", "its item is selected");
    await page.context().close();
  });

  test("a link to it followed later loads it", async () => {
    const page = await openPage("/below.html");
    await page.evaluate(() => {
      location.hash = "dateline-below=actor:russia";
    });
    await page.locator('#below [data-actor-id="russia"]').first().waitFor({ state: "attached" });
    await page.context().close();
  });

  test("a page about to print loads it", async () => {
    const page = await openPage("/below.html");
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await page.locator("#below .dl-timeline [data-event-id]").first().waitFor({ state: "attached" });
    await page.context().close();
  });

  test("a plain widget waits in a box of about its height, marked busy, and arrives without moving the article after it", async () => {
    const from = server().requests.length;
    const page = await openPage("/below.html");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(loads(from), []);
    const host = page.locator("#below");
    const box = await host.evaluate((host) => [host.getBoundingClientRect().height, host.getAttribute("aria-busy"), host.shadowRoot]);
    assert.ok(box[0] >= 500, `the box is ${box[0]} px tall before the widget arrives`);
    assert.equal(box[1], "true", "and busy, so assistive technology passes over it");
    assert.equal(box[2], null, "and empty");

    // The reader jumps to where the box ends and the article goes on: the
    // widget arrives on screen, where any change of height would be seen.
    await page.locator("#after").evaluate((after) => after.scrollIntoView({ block: "end" }));
    const top = await afterTop(page);
    assert.ok(top < 900, "the article after the widget is on screen");
    await arrived(page);
    assert.equal(await afterTop(page), top, "the article after the widget has not moved");
    assert.deepEqual(await page.evaluate(() => window.shifts), [], "no layout shift");
    assert.equal(await host.getAttribute("aria-busy"), null, "no longer busy");

    // Once the reader scrolls it out of sight, the box takes the widget's own height.
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForFunction(() => !document.querySelector("#below").style.height);
    const [hostHeight, widgetHeight] = await heights(page);
    assert.ok(Math.abs(hostHeight - widgetHeight) < 1, `the box is the widget's height (${hostHeight} and ${widgetHeight} px)`);
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("a plain widget scrolled into view arrives at its own height, moving nothing on screen", async () => {
    const page = await openPage("/below.html");
    await page.locator("#below").scrollIntoViewIfNeeded();
    await arrived(page);
    const [hostHeight, widgetHeight] = await heights(page);
    assert.ok(Math.abs(hostHeight - widgetHeight) < 1, `the box is the widget's height (${hostHeight} and ${widgetHeight} px)`);
    assert.deepEqual(await page.evaluate(() => window.shifts), [], "no layout shift");
    await page.context().close();
  });

  test("a widget with a fixed height waits in a box of exactly that height", async () => {
    const page = await openPage("/below-fixed.html");
    await page.waitForLoadState("networkidle");
    const box = () => page.locator("#below").evaluate((host) => host.getBoundingClientRect().height);
    assert.equal(await box(), 420);
    await page.locator("#after").evaluate((after) => after.scrollIntoView({ block: "end" }));
    const top = await afterTop(page);
    await arrived(page);
    assert.equal(await box(), 420);
    assert.equal(await afterTop(page), top);
    assert.equal(await page.locator("#below").evaluate((host) => host.style.cssText), "", "nothing is left in the host's style");
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    await page.context().close();
  });

  test("a pre-rendered widget shows its story in the page before anything loads", async () => {
    const from = server().requests.length;
    const page = await openPage("/prerendered-below.html");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(loads(from), [], "nothing requested yet");
    const prerendered = page.locator(".dl-prerendered");
    assert.equal(await prerendered.count(), 1);
    assert.match(await prerendered.textContent(), /Gharwal/, "the pre-rendered story is in the page");
    // The reader scrolls to the story's top (see below for a reader deep in its text).
    await page.locator("[data-dateline-story]").evaluate((host) => host.scrollIntoView({ block: "start" }));
    await page.waitForFunction(() => !document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-prerendered"));
    assert.equal(loads(from).filter((path) => path.endsWith(".wasm")).length, 1);
    await page.context().close();
  });

  test("a pre-rendered story read below the live widget's height stays until the reader looks away, then the widget takes over unseen", async () => {
    const page = await openPage("/prerendered-below.html");
    await page.waitForLoadState("networkidle");
    // The reader jumps to the end of the pre-rendered story (with its text
    // twin, it is taller than the live widget), where the article goes on.
    await page.locator("#after").evaluate((after) => after.scrollIntoView({ block: "end" }));
    const top = await afterTop(page);
    assert.ok(top < 900, "the article after the widget is on screen");
    await page.waitForFunction(() => {
      const root = document.querySelector("[data-dateline-story]").shadowRoot;
      return root.querySelector(".dl-host--arriving .dl-timeline [data-event-id]") && !root.querySelector(".dl-map[aria-busy=true]");
    });
    await page.waitForTimeout(300);
    assert.equal(await page.locator(".dl-prerendered").count(), 1, "the pre-rendered story is still shown");
    assert.equal(await afterTop(page), top, "the article after the widget has not moved");

    // Scrolled back to the widget's top, the rest of the page is out of sight: the live widget takes over.
    await page.locator("[data-dateline-story]").evaluate((host) => host.scrollIntoView({ block: "start" }));
    await arrived(page);
    const [hostHeight, widgetHeight] = await heights(page);
    assert.ok(Math.abs(hostHeight - widgetHeight) < 1, `the box is the widget's height (${hostHeight} and ${widgetHeight} px)`);
    assert.deepEqual(await page.evaluate(() => window.shifts), [], "no layout shift");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("a pre-rendered widget the reader acts on takes over at once", async () => {
    const page = await openPage("/prerendered-below.html");
    await page.locator("#after").evaluate((after) => after.scrollIntoView({ block: "end" }));
    await page.waitForFunction(() => {
      const root = document.querySelector("[data-dateline-story]").shadowRoot;
      return root.querySelector(".dl-host--arriving .dl-timeline [data-event-id]") && !root.querySelector(".dl-map[aria-busy=true]");
    });
    // A click in the middle of the screen, on the pre-rendered text twin.
    assert.equal(await page.evaluate(() => document.elementFromPoint(640, 450)?.matches("[data-dateline-story]")), true);
    await page.mouse.click(640, 450);
    await arrived(page);
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });
});
