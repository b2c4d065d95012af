// End-to-end tests of loading only what the reader comes near, on the release
// build: a widget far below the fold requests no module, glue or story until
// the reader scrolls within a screen of it; the module is fetched once for
// every widget; `data-dateline-load="eager"`, a deep link and printing load it
// at once; a pre-rendered widget shows its story meanwhile.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { openPage as newPage, useWidgetPage } from "./browser.mjs";

const STORY = "/stories/russia-taliban-2022.json";
/** Article text taller than three screens of the 900 px test viewport. */
const ARTICLE = `<div style="height: 4000px">Article text.</div>`;

/** A news page with a long article and the given host elements after it. */
function page(hosts) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title>
<link rel="icon" href="data:,"><script type="module" src="/dateline.js"></script></head>
<body><h1>A long article</h1>${ARTICLE}${hosts}</body></html>`;
}

// The standalone page as built, with its pre-rendered widget moved below a long article.
const built = readFileSync(resolve(import.meta.dirname, "../../dist/index.html"), "utf8");
const prerenderedBelow = built.replace('<main class="dl-page__main">', `<main class="dl-page__main">${ARTICLE}`);

const pages = new Map([
  ["/below.html", page(`<div id="below" data-dateline-story="${STORY}"></div>`)],
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

/** Opens `path` (with `hash`) at 1280 px without waiting for its widgets. */
async function openPage(path, hash = "") {
  const page = await newPage(browser(), 1280);
  await page.goto(`${server().url}${path}${hash}`);
  return page;
}

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

  test("a pre-rendered widget shows its story in the page before anything loads", async () => {
    const from = server().requests.length;
    const page = await openPage("/prerendered-below.html");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(loads(from), [], "nothing requested yet");
    const prerendered = page.locator(".dl-prerendered");
    assert.equal(await prerendered.count(), 1);
    assert.match(await prerendered.textContent(), /Gharwal/, "the pre-rendered story is in the page");
    await page.locator("[data-dateline-story]").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-prerendered"));
    assert.equal(loads(from).filter((path) => path.endsWith(".wasm")).length, 1);
    await page.context().close();
  });
});
