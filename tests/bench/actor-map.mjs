// Benchmark of the actor map's layout on the release build in headless
// Chromium: time for the force layout to settle at 15, 100 and 500 actors
// with about two relations each, read from the page's User Timing entry
// "dateline:actor-map-layout". It prints figures and asserts nothing.
// Run after `bash scripts/release-build.sh`:  node tests/bench/actor-map.mjs
import { startServer } from "../e2e/server.mjs";
import { launchBrowser, openPage } from "../e2e/browser.mjs";

const SIZES = [15, 100, 500];
const RUNS = 5;

/** A story of `count` actors with about two relations per actor. */
function story(count) {
  let seed = 2022;
  const random = (n) => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return Math.floor((seed / 4294967296) * n);
  };
  const kinds = ["state", "organisation", "group", "person", "place"];
  const actors = Array.from({ length: count }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: kinds[i % kinds.length], source: { paragraph: 1, excerpt: "x" } }));
  const relations = Array.from({ length: count * 2 }, (_, i) => {
    const from = random(count);
    const to = (from + 1 + random(count - 1)) % count;
    return { id: `r${i}`, from: `a${from}`, to: `a${to}`, kind: "engages", stance: "neutral", label: `relation ${i}`, source: { paragraph: 1, excerpt: "x" } };
  });
  return JSON.stringify({ version: 1, meta: { title: `${count} actors`, source: { name: "Benchmark" }, published: "2024-12-31" }, actors, relations });
}

const generated = new Map(SIZES.map((size) => [`/bench/actors-${size}.json`, story(size)]));
const server = await startServer(generated);
const browser = await launchBrowser();
console.log(`Actor map layout benchmark (release build, headless Chromium, 1280 px wide, median of ${RUNS} loads)`);
for (const size of SIZES) {
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await openPage(browser, 1280);
    await page.goto(`${server.url}/?story=${encodeURIComponent(`/bench/actors-${size}.json`)}`);
    // The entry is written when the first layout settles (the pre-rendered
    // map's nodes are on the page long before that).
    await page.waitForFunction(() => performance.getEntriesByName("dateline:actor-map-layout").length > 0);
    times.push(await page.evaluate(() => performance.getEntriesByName("dateline:actor-map-layout")[0].duration));
    await page.context().close();
  }
  times.sort((a, b) => a - b);
  console.log(`${String(size).padStart(5)} actors, ${size * 2} relations: settles in ${times[Math.floor(RUNS / 2)].toFixed(1)} ms (min ${times[0].toFixed(1)} ms)`);
}
await browser.close();
await server.close();
