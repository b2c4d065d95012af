// Benchmark of the timeline on the release build in headless Chromium: time
// to first render, and time per pan and zoom frame, at 20, 200 and 2,000
// events. It prints figures; it asserts nothing, so a busy machine cannot
// make it fail. Run after `bash scripts/release-build.sh`:
//   node tests/bench/timeline.mjs
import { startServer } from "../e2e/server.mjs";
import { launchBrowser, openPage } from "../e2e/browser.mjs";

const SIZES = [20, 200, 2000];
const FRAMES = 60;

/** A story of `count` events spread over 1900-2024, like tests/fixtures/large.json. */
function story(count) {
  let seed = 2022;
  const random = (n) => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return Math.floor((seed / 4294967296) * n);
  };
  const pad = (n) => String(n).padStart(2, "0");
  const actors = Array.from({ length: 20 }, (_, i) => ({ id: `actor-${i}`, name: `Actor ${i}`, kind: "state", source: { paragraph: 1, excerpt: "x" } }));
  const events = Array.from({ length: count }, (_, i) => {
    const precision = random(3);
    const date = `${1900 + random(125)}` + (precision > 0 ? `-${pad(1 + random(12))}` : "") + (precision > 1 ? `-${pad(1 + random(28))}` : "");
    return { id: `event-${i}`, date, title: `Event number ${i} of the generated story`, kind: random(3) ? "reported" : "context", actors: [`actor-${random(20)}`], source: { paragraph: 1, excerpt: "x" } };
  });
  return JSON.stringify({ version: 1, meta: { title: `${count} events`, source: { name: "Benchmark" }, published: "2024-12-31" }, actors, events });
}

/** Median and 95th percentile of a list of milliseconds. */
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
}

/**
 * In the page: dispatches `FRAMES` wheel events on the axis, each followed by
 * a macrotask (so Yew has rendered) and a forced layout, and returns the
 * time each frame took.
 */
function measureFrames([frames, init]) {
  const axis = document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-timeline__axis");
  const box = axis.getBoundingClientRect();
  const macrotask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
  return (async () => {
    const times = [];
    for (let i = 0; i < frames; i += 1) {
      const sign = Math.floor(i / 10) % 2 ? -1 : 1;
      const options = { bubbles: true, cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + 20, ...init(sign) };
      const start = performance.now();
      axis.dispatchEvent(new WheelEvent("wheel", options));
      await macrotask();
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
      times.push(performance.now() - start);
    }
    return times;
  })();
}

/** A plain host page (nothing pre-rendered) showing the story of `size` events. */
const hostPage = (size) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${size} events</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml"><script type="module" src="/dateline.js"></script></head>
<body><div data-dateline-story="/bench/story-${size}.json"></div></body></html>`;

const generated = new Map(SIZES.flatMap((size) => [[`/bench/story-${size}.json`, story(size)], [`/bench/${size}.html`, hostPage(size)]]));
const server = await startServer(generated);
const browser = await launchBrowser();
console.log(`Timeline benchmark (release build, headless Chromium, 1280 px wide, ${FRAMES} frames each)`);
for (const size of SIZES) {
  const page = await openPage(browser, 1280);
  // The widget renders in its host's shadow root, which a document-wide
  // observer does not see: each frame looks inside it.
  await page.addInitScript(() => {
    const look = () => {
      if (document.querySelector("[data-dateline-story]")?.shadowRoot?.querySelector("[data-event-id]")) {
        window.__firstRender = performance.now();
      } else {
        requestAnimationFrame(look);
      }
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${server.url}/bench/${size}.html`);
  await page.waitForFunction(() => window.__firstRender);
  const firstRender = await page.evaluate(() => window.__firstRender);
  const drawn = await page.locator("[data-event-id]").count();
  await page.getByRole("button", { name: "Zoom in on the timeline" }).click();
  await page.getByRole("button", { name: "Zoom in on the timeline" }).click();
  const panTimes = await page.evaluate(`(${measureFrames})([${FRAMES}, (sign) => ({ deltaX: 40 * sign, deltaY: 0 })])`);
  const zoomTimes = await page.evaluate(`(${measureFrames})([${FRAMES}, (sign) => ({ deltaX: 0, deltaY: 30 * sign, ctrlKey: true })])`);
  console.log(`${String(size).padStart(5)} events: first render ${firstRender.toFixed(0)} ms after navigation (${drawn} marks drawn); pan frame ${summary(panTimes)}; zoom frame ${summary(zoomTimes)}`);
  await page.context().close();
}
await browser.close();
await server.close();
