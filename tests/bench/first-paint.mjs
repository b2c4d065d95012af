// Benchmark of the first paint on the release build in headless Chromium: the
// standalone page (the seed story, pre-rendered into it by the build) against
// the same page with the pre-rendered widget taken out, so the story appears
// only once the WebAssembly has run. For each: when the first timeline event
// is visible, when the live widget is on screen (for the pre-rendered page,
// when it has taken over), and the layout shift. On this machine's loopback,
// then on a slow mobile network (150 ms round trip, 1.6 Mbit/s down, the files
// sent as their gzip copies). Runs alternate between the two pages. It prints
// figures; it asserts nothing, so a busy machine cannot make it fail. Run
// after `bash scripts/release-build.sh`:
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
const server = await startServer(new Map([["/live-only.html", prerendered.replace(template, "")]]), { precompressed: true });
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
await browser.close();
await server.close();
