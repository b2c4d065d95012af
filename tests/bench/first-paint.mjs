// Benchmark of the first paint on the release build in headless Chromium: the
// standalone page (the seed story, pre-rendered into it by the build) against
// the same page with the pre-rendered widget taken out, so the story appears
// only once the WebAssembly has run. For each: when the first timeline event
// is visible, when the live widget is on screen (for the pre-rendered page,
// when it has taken over), and the layout shift. On this machine's loopback,
// then on a slow mobile network (150 ms round trip, 1.6 Mbit/s down, the files
// sent as their gzip copies). Runs alternate between the two pages.
//
// Then a long article with the widget (plain, not pre-rendered) three screens
// below the fold: the requests the page makes before the reader scrolls (with
// their bytes as sent) and after the reader jumps to the widget, how long the
// widget then takes to be drawn, and the layout shift. It prints figures; it
// asserts nothing, so a busy machine cannot make it fail. Run after
// `bash scripts/release-build.sh`:
//   node tests/bench/first-paint.mjs
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";

import { startServer } from "../e2e/server.mjs";
import { launchBrowser, openPage } from "../e2e/browser.mjs";

const RUNS = 7;
const NETWORKS = [
  { name: "loopback", conditions: null },
  { name: "slow mobile", conditions: { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 } },
];

const dist = resolve(process.env.DATELINE_DIST ?? join(import.meta.dirname, "../../dist"));
const prerendered = await readFile(join(dist, "index.html"), "utf8");
const template = /<template shadowrootmode="open">[\s\S]*<\/template>/;
if (!template.test(prerendered)) throw new Error("dist/index.html has no pre-rendered widget: build with `bash scripts/release-build.sh`");
const pages = [
  { name: "pre-rendered", path: "/" },
  { name: "live only", path: "/live-only.html" },
];
/** A long article with the widget, plain, three screens below the fold, and the article going on after it. */
const article = Array.from({ length: 120 }, (_, index) => `<p>Paragraph ${index + 1} of the article.</p>`).join("");
const belowTheFold = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml"><script type="module" src="dateline.js"></script></head>
<body><h1>A long article</h1>${article}<div data-dateline-story="stories/russia-taliban-2022.json"></div>${article}</body></html>`;
const server = await startServer(
  new Map([
    ["/live-only.html", prerendered.replace(template, "")],
    ["/below-the-fold.html", belowTheFold],
  ]),
  { precompressed: true },
);
const browser = await launchBrowser();

/** In the page, before any script: records first event, live widget and layout shift. */
function probe() {
  window.__paint = { first: null, live: null, shift: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__paint.shift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  const visible = (element) => {
    const box = element?.getBoundingClientRect();
    return box && box.width > 0 && box.bottom > 0 && box.top < innerHeight && element.checkVisibility();
  };
  const tick = () => {
    const root = document.querySelector("[data-dateline-story]")?.shadowRoot;
    const event = root?.querySelector(".dl-timeline [data-event-id]");
    if (window.__paint.first === null && visible(event)) window.__paint.first = performance.now();
    if (window.__paint.live === null && visible(event) && !root.querySelector(".dl-prerendered, .dl-host--arriving")) {
      window.__paint.live = performance.now();
    }
    if (window.__paint.live === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`First paint benchmark (release build, headless Chromium, 1280 px wide, seed story, ${RUNS} runs each, median)`);
for (const { name: network, conditions } of NETWORKS) {
  const results = new Map(pages.map(({ name }) => [name, []]));
  for (let run = 0; run < RUNS; run += 1) {
    for (const { name, path } of run % 2 ? [...pages].reverse() : pages) {
      const page = await openPage(browser, 1280);
      if (conditions) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", conditions);
      }
      await page.addInitScript(probe);
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction(() => window.__paint.live !== null, null, { timeout: 60_000 });
      await page.waitForTimeout(300);
      results.get(name).push(await page.evaluate(() => window.__paint));
      await page.context().close();
    }
  }
  for (const [name, samples] of results) {
    const first = median(samples.map((sample) => sample.first));
    const live = median(samples.map((sample) => sample.live));
    const shift = Math.max(...samples.map((sample) => sample.shift));
    console.log(`${network.padEnd(12)} ${name.padEnd(13)} first event ${first.toFixed(0).padStart(5)} ms, live widget ${live.toFixed(0).padStart(5)} ms, layout shift at most ${shift.toFixed(3)}`);
  }
}

/** The requests a page made, by path without the query, with their bytes as sent (compressed when they were). */
function recordRequests(page) {
  const requests = [];
  page.on("requestfinished", async (request) => {
    const entry = { path: new URL(request.url()).pathname, bytes: 0 };
    requests.push(entry);
    entry.bytes = (await request.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
  });
  return requests;
}

const describeRequests = (requests) => {
  const bytes = requests.reduce((sum, request) => sum + request.bytes, 0);
  return `${requests.length} requests, ${(bytes / 1024).toFixed(1)} KiB (${requests.map((request) => request.path.split("/").pop() || "/").join(", ")})`;
};

console.log(`\nBelow the fold (release build, headless Chromium, 1280 px wide, a plain widget three screens down, ${RUNS} runs each, median)`);
for (const { name: network, conditions } of NETWORKS) {
  const samples = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await openPage(browser, 1280);
    if (conditions) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", conditions);
    }
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    const requests = recordRequests(page);
    await page.goto(`${server.url}/below-the-fold.html`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    const before = [...requests];
    // The reader jumps to the widget (as a link or a find in the page would take them).
    const start = await page.evaluate(() => {
      document.querySelector("[data-dateline-story]").scrollIntoView();
      return performance.now();
    });
    await page.waitForFunction(
      () => {
        const root = document.querySelector("[data-dateline-story]").shadowRoot;
        const event = root?.querySelector(".dl-timeline [data-event-id]");
        return event?.checkVisibility() && !root.querySelector(".dl-host--arriving");
      },
      null,
      { timeout: 60_000, polling: "raf" },
    );
    const drawn = (await page.evaluate(() => performance.now())) - start;
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    samples.push({ before, after: requests.slice(before.length), drawn, shift: await page.evaluate(() => window.__shift) });
    await page.context().close();
  }
  const drawn = median(samples.map((sample) => sample.drawn));
  const shift = Math.max(...samples.map((sample) => sample.shift));
  // The requests of the last run: every run makes the same ones.
  const { before, after } = samples.at(-1);
  console.log(`${network.padEnd(12)} before scrolling: ${describeRequests(before)}`);
  console.log(`${"".padEnd(12)} after scrolling:  ${describeRequests(after)}`);
  console.log(`${"".padEnd(12)} widget drawn ${drawn.toFixed(0)} ms after the jump, layout shift at most ${shift.toFixed(3)}`);
}

await browser.close();
await server.close();
