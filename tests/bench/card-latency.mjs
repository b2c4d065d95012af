// Benchmark of how fast a card answers the pointer, on the release build in
// headless Chromium: the pointer jumps from an empty spot onto an event's mark
// and rests there; the time from that move to the frame in which the card is
// visible, measured in the page. 20 samples over the seed story's events,
// median and slowest. It prints figures; it asserts nothing, so a busy machine
// cannot make it fail. Run after `bash scripts/release-build.sh`:
//   node tests/bench/card-latency.mjs
import { startServer } from "../e2e/server.mjs";
import { launchBrowser, openPage, waitForWidgets } from "../e2e/browser.mjs";

const SAMPLES = 20;

const server = await startServer();
const browser = await launchBrowser();
const page = await openPage(browser, 1280);
await page.goto(server.url);
await waitForWidgets(page);

const marks = page.locator(".dl-timeline [data-event-id] .dl-mark");
const count = await marks.count();
const timings = [];
for (let sample = 0; sample < SAMPLES; sample += 1) {
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => !document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-card"));
  const box = await marks.nth(sample % count).boundingBox();
  // Armed in the page: the pointer's arrival starts the clock, and each frame
  // until the card is visible stops it.
  await page.evaluate(() => {
    const root = document.querySelector("[data-dateline-story]").shadowRoot;
    window.__card = { start: null, shown: null };
    root.addEventListener("pointerover", () => { window.__card.start ??= performance.now(); }, { once: true });
    const frame = () => {
      if (root.querySelector(".dl-card")?.checkVisibility() && window.__card.start !== null) {
        window.__card.shown = performance.now();
      } else {
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => window.__card.shown !== null, null, { timeout: 5000 });
  timings.push(await page.evaluate(() => window.__card.shown - window.__card.start));
}
await browser.close();
await server.close();

timings.sort((a, b) => a - b);
console.log(`Card after the pointer rests (release build, headless Chromium, 1280 px, seed story, ${SAMPLES} samples)`);
console.log(`  median ${timings[Math.floor(SAMPLES / 2)].toFixed(0)} ms, fastest ${timings[0].toFixed(0)} ms, slowest ${timings.at(-1).toFixed(0)} ms`);
