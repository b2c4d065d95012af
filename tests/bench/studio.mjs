// Benchmark of the studio on the release build in headless Chromium: its own
// bytes (not part of what a reader downloads); drafting an article of over
// 2,000 words and showing its preview (from the click on "Draft story" to
// the drawn widget in place, median of 5); and typing in an event's title of
// a 200-event story until the preview shows it (from the key to the redrawn
// widget in place, median of 20). It prints figures; it asserts nothing, so a
// busy machine cannot make it fail. Run after `bash scripts/release-build.sh`:
//   node tests/bench/studio.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

import { startServer } from "../e2e/server.mjs";
import { launchBrowser, openPage } from "../e2e/browser.mjs";
import { generateStory } from "../e2e/generate-story.mjs";

const root = resolve(import.meta.dirname, "../..");
const studio = join(root, "dist/studio");
const gzip = (file) => execFileSync("gzip", ["-9", "-c", file], { maxBuffer: 1 << 28 }).length;

console.log("studio bytes (not part of a reader's download)");
for (const name of readdirSync(studio).filter((name) => /\.(wasm|js|css)$/.test(name))) {
  const file = join(studio, name);
  console.log(`  ${name.padEnd(28)} ${String(statSync(file).size).padStart(9)} raw ${String(gzip(file)).padStart(8)} gzip`);
}

// An article of 2,000 words or just over: the seed article, then paragraphs
// of the drafter's other fixtures' bodies, as one long piece.
const fixtures = join(root, "tests/fixtures");
const countWords = (text) => text.split(/\s+/).filter(Boolean).length;
const paragraphs = readdirSync(join(fixtures, "articles"))
  .filter((name) => name.endsWith(".txt"))
  .flatMap((name) => readFileSync(join(fixtures, "articles", name), "utf8").split("\n\n").slice(3));
let article = readFileSync(join(fixtures, "article.txt"), "utf8");
while (countWords(article) < 2000 && paragraphs.length > 0) article += `\n\n${paragraphs.shift()}`;
const words = countWords(article);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const server = await startServer(new Map([["/bench-story.json", JSON.stringify(generateStory(7, { events: 200, actors: 40, language: "en" }))]]));
const browser = await launchBrowser();

/** Clicks or keys with `act`, then resolves to the milliseconds until the preview's new widget is in place showing `text`. */
async function untilPreviewShows(page, text, act) {
  await page.evaluate((text) => {
    window.__shown = new Promise((done) => {
      const start = performance.now();
      const check = () => {
        const widget = document.querySelector("[data-studio-preview] .st-widget:not(.st-widget--next)");
        if (widget?.shadowRoot?.textContent.includes(text)) done(performance.now() - start);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, text);
  await act();
  return page.evaluate(() => window.__shown);
}

const drafting = [];
for (let run = 0; run < 5; run += 1) {
  const page = await openPage(browser, 1400);
  await page.goto(`${server.url}/studio/`);
  await page.getByLabel("Article text").fill(article);
  drafting.push(await untilPreviewShows(page, "Russia and the Taliban", () => page.getByRole("button", { name: "Draft story" }).click()));
  await page.close();
}
console.log(`drafting a ${words}-word article and showing its preview: median ${median(drafting).toFixed(0)} ms (of ${drafting.map((ms) => ms.toFixed(0)).join(", ")})`);

const page = await openPage(browser, 1400);
await page.goto(`${server.url}/studio/`);
const story = await (await fetch(`${server.url}/bench-story.json`)).text();
await page.getByLabel("Open a file").setInputFiles({ name: "bench-story.json", mimeType: "application/json", buffer: Buffer.from(story) });
await page.getByRole("status").getByText("Opened bench-story.json.").waitFor();
const title = page.getByLabel("Title (event 1)", { exact: true });
await title.click();
await page.keyboard.press("End");
const typing = [];
for (let key = 0; key < 20; key += 1) {
  const letter = String.fromCharCode(97 + key);
  const typed = `${await title.inputValue()}${letter}`;
  typing.push(await untilPreviewShows(page, typed, () => page.keyboard.press(letter)));
  await page.waitForTimeout(250);
}
console.log(`typing in an event's title of a 200-event story until the preview shows it: median ${median(typing).toFixed(0)} ms, slowest ${Math.max(...typing).toFixed(0)} ms (of ${typing.map((ms) => ms.toFixed(0)).join(", ")})`);
await browser.close();
await server.close();
