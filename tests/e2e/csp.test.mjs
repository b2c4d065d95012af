// End-to-end tests under a strict Content-Security-Policy, served with every
// response: every page that hosts Dateline works with zero violations, in
// every language Dateline ships, with the widget loading as the reader comes near.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

import { useWidgetPage } from "./browser.mjs";

/** The shipped message catalogues, by language: each a map of message keys to their text. */
function shippedCatalogues() {
  const folder = resolve(import.meta.dirname, "../../crates/engine/src/i18n/messages");
  return readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .map((file) => {
      const messages = new Map();
      for (const line of readFileSync(join(folder, file), "utf8").split("\n")) {
        const match = /^([\w.]+) = (.*)$/.exec(line);
        if (match) messages.set(match[1], match[2].replace(/^"(.*)"$/, "$1"));
      }
      return [file.slice(0, -".txt".length), messages];
    });
}
const catalogues = shippedCatalogues();

/** Article text taller than three screens, without a style attribute the policy would refuse. */
const ARTICLE = Array.from({ length: 120 }, (_, index) => `<p>Paragraph ${index + 1} of the article.</p>`).join("");

/** A news page with the seed story in `lang` below a long article, as a strict site would host it. */
const languagePage = (lang) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A long article with a widget in ${lang}, under a strict Content-Security-Policy</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <script type="module" src="/dateline.js"></script>
  </head>
  <body>
    <h1>A long article</h1>
    ${ARTICLE}
    <div id="explainer" data-dateline-story="/stories/russia-taliban-2022.json" data-dateline-lang="${lang}"></div>
  </body>
</html>`;

const { open } = useWidgetPage({
  csp: true,
  generated: new Map(catalogues.map(([lang]) => [`/pages/csp-${lang}.html`, languagePage(lang)])),
});

/** Opens `path` recording every CSP violation the page reports. */
async function openRecording(width, path) {
  return open(width, {
    path,
    beforeLoad: (page) =>
      page.addInitScript(() => {
        window.violations = [];
        document.addEventListener("securitypolicyviolation", (event) =>
          window.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
        );
      }),
  });
}

describe("a strict Content-Security-Policy", () => {
  const pages = [
    ["the standalone page", "/", ".dl-timeline"],
    ["the demo news page", "/article.html", ".dl-map"],
    ["an inline embed with a fixed height", "/pages/csp-inline.html", ".dl-timeline"],
  ];
  for (const [name, path, shown] of pages) {
    test(`${name} works with no violations`, async () => {
      const page = await openRecording(1280, path);
      await page.locator(shown).first().waitFor();
      await page.locator("[data-event-id], [data-actor-id]").first().click();
      await page.waitForTimeout(100);
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(page.consoleProblems, []);
      await page.context().close();
    });
  }

  test("the fixed height is applied through the CSSOM", async () => {
    const page = await openRecording(1280, "/pages/csp-inline.html");
    const height = await page.locator("#boxed").locator(".dl-widget").evaluate((widget) => widget.getBoundingClientRect().height);
    assert.ok(Math.abs(height - 420) < 1, `the widget is ${height} px tall`);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    await page.context().close();
  });

  test("every shipped language is tested", () => {
    assert.ok(catalogues.length >= 5, `${catalogues.map(([lang]) => lang)}`);
    assert.ok(catalogues.some(([lang]) => lang === "en"));
  });

  for (const [lang, messages] of catalogues) {
    test(`a widget in ${lang} below the fold loads as the reader comes near, speaks ${lang} and shows a card, with no violations`, async () => {
      // The helper scrolls to the widget, which waited in its reserved box.
      const page = await openRecording(1280, `/pages/csp-${lang}.html`);
      const widget = page.locator(".dl-widget");
      assert.equal(await widget.getAttribute("lang"), lang);
      assert.equal(await widget.getAttribute("dir"), ["ar", "he"].includes(lang) ? "rtl" : "ltr");
      assert.equal(await page.locator(".dl-switch__option").first().textContent(), messages.get("view.both"));
      await page.locator(".dl-timeline [data-event-id]").first().click();
      await page.locator(".dl-card").waitFor();
      assert.equal(await page.locator("#explainer").getAttribute("aria-busy"), null);
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(page.consoleProblems, []);
      await page.context().close();
    });
  }

  test("the iframe page works with no violations", async () => {
    const page = await openRecording(1280, "/embed.html?story=stories/russia-taliban-2022.json");
    await page.locator("#dateline").locator(".dl-timeline").waitFor();
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });
});
