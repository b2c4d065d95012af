// Benchmark of one WebAssembly instance per widget on the release build in
// headless Chromium: for pages with 1, 3 and 6 widgets of the seed story,
// the time until every widget is shown, the WebAssembly memory of each
// instance, and the bytes transferred. It prints figures and asserts nothing.
// Run after `bash scripts/release-build.sh`:  node tests/bench/instances.mjs
import { startServer } from "../e2e/server.mjs";
import { launchBrowser, openPage, waitForWidgets } from "../e2e/browser.mjs";

const COUNTS = [1, 3, 6];
const RUNS = 5;

/** A host page with `count` inline widgets. */
function page(count) {
  const hosts = Array.from({ length: count }, (_, i) => `<div id="w${i}" data-dateline-story="/stories/russia-taliban-2022.json"></div>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${count} widgets</title><script type="module" src="/dateline.js"></script></head><body><h1>${count} widgets</h1>${hosts}</body></html>`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const generated = new Map(COUNTS.map((count) => [`/bench/widgets-${count}.html`, page(count)]));
const server = await startServer(generated);
const browser = await launchBrowser();
console.log(`One instance per widget (release build, headless Chromium, 1280 px wide, median of ${RUNS} loads)`);
console.log("widgets   all shown (ms)   wasm memory per instance (KiB)   bytes transferred (KiB)");
for (const count of COUNTS) {
  const shown = [];
  const memory = [];
  const transferred = [];
  for (let run = 0; run < RUNS; run += 1) {
    const tab = await openPage(browser, 1280);
    await tab.goto(`${server.url}/bench/widgets-${count}.html`);
    await waitForWidgets(tab);
    shown.push(await tab.evaluate(() => performance.now()));
    memory.push(
      await tab.evaluate(async (count) => {
        let total = 0;
        for (let instance = 1; instance <= count; instance += 1) {
          const url = instance === 1 ? "/dateline-core.js" : `/dateline-core.js?instance=${instance}`;
          const core = await import(url);
          // The release build shortens export names: find the memory by its type.
          const exports = Object.values(await core.default());
          total += exports.find((value) => value instanceof WebAssembly.Memory).buffer.byteLength;
        }
        return total / count / 1024;
      }, count),
    );
    transferred.push(await tab.evaluate(() => performance.getEntriesByType("resource").reduce((sum, entry) => sum + entry.encodedBodySize, 0) / 1024));
    await tab.context().close();
  }
  console.log(`${String(count).padStart(7)}   ${median(shown).toFixed(0).padStart(14)}   ${median(memory).toFixed(0).padStart(30)}   ${median(transferred).toFixed(0).padStart(23)}`);
}
await browser.close();
await server.close();
