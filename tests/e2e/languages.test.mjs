// End-to-end tests of the widget's language: an Arabic story mirrors the
// widget, draws its titles, speaks Arabic and writes its dates as Intl does, as
// a Hebrew story does in Hebrew; a
// host's data-dateline-lang switches an English story to French or Spanish;
// and Intl writes every date of the shared table as the native table, which
// the widget uses for these languages, does.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { allAxeViolations, focusedData, screenshot, seed, useWidgetPage, waitForWidgets } from "./browser.mjs";

const ARABIC = "/fixtures/arabic.json";
const HEBREW = "/fixtures/hebrew.json";
const arabic = JSON.parse(await readFile(resolve(import.meta.dirname, "../fixtures/arabic.json"), "utf8"));
const table = JSON.parse(await readFile(resolve(import.meta.dirname, "../fixtures/dates-by-language.json"), "utf8"));

/** A host page with the seed story in `lang`, set with data-dateline-lang. */
const hostPage = (lang) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A page that sets the widget's language</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dateline.js"></script>
  </head>
  <body>
    <main>
      <h1>Russia and the Taliban</h1>
      <div id="explainer" data-dateline-story="/stories/russia-taliban-2022.json" data-dateline-lang="${lang}"></div>
    </main>
  </body>
</html>`;

const generated = new Map([
  ["/pages/french.html", hostPage("fr")],
  ["/pages/spanish.html", hostPage("es")],
  ["/pages/french-large.html", hostPage("fr").replace("/stories/russia-taliban-2022.json", "/fixtures/large.json")],
  ["/pages/urdu.html", hostPage("ur")],
]);
const { open, serverUrl, server } = useWidgetPage({ generated });

/** What the native table says `language` writes for the EDTF `date` (or the axis label `axis`). */
function native(language, date, axis) {
  const row = table.find((row) => row.language === language && (axis ? row.axis === axis : row.date === date));
  assert.ok(row, `the shared table has ${language} ${date}`);
  return row.written;
}

/**
 * The room between the pinned card's date and its kind, in CSS px, whichever
 * side each is on; negative when they overlap.
 */
function cardMetaGap(page) {
  return page.locator(".dl-card--pinned .dl-card__meta").evaluate((meta) => {
    const [date, kind] = [meta.querySelector("time"), meta.querySelector(".dl-card__kind")].map((part) => {
      const rects = [...part.getClientRects()];
      return { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
    });
    return Math.max(kind.left - date.right, date.left - kind.right);
  });
}

/**
 * Each labelled tick of the axis: how far its label's centre is from its
 * line, how near the label comes to the timeline's edges, and whether it is inside.
 */
function tickLabels(page) {
  return page.locator(".dl-timeline__svg .dl-axis__tick").evaluateAll((ticks) =>
    ticks
      .filter((tick) => tick.querySelector("text"))
      .map((tick) => {
        const [line, text, svg] = [tick.querySelector("line"), tick.querySelector("text"), tick.closest("svg")].map((element) => element.getBoundingClientRect());
        return {
          text: tick.textContent,
          off: Math.abs((text.left + text.right) / 2 - line.left),
          edge: Math.min(text.left - svg.left, svg.right - text.right),
        };
      }),
  );
}

/** Asserts every tick label is inside the timeline, centred on its line unless that would take it over an edge. */
async function assertTicksCentred(page) {
  const ticks = await tickLabels(page);
  assert.ok(ticks.length > 0, "the axis has labels");
  for (const tick of ticks) {
    assert.ok(tick.edge >= 0, `"${tick.text}" is inside the timeline (${tick.edge} px from its edge)`);
    assert.ok(tick.off < 1.5 || tick.edge < 6, `"${tick.text}" is centred on its tick (${tick.off} px off)`);
  }
}

/** Turns on "Lanes by actor" (named `name`) and asserts each lane's label is drawn inside the timeline. */
async function assertLaneLabelsInside(page, name) {
  await page.getByRole("button", { name, exact: true }).click();
  const lanes = await page.locator(".dl-timeline__svg .dl-timeline__band text").evaluateAll((labels) =>
    labels.map((label) => {
      const [text, svg] = [label.getBoundingClientRect(), label.closest("svg").getBoundingClientRect()];
      return { text: label.textContent, inside: text.width > 0 && text.left >= svg.left - 0.5 && text.right <= svg.right + 0.5 };
    }),
  );
  assert.ok(lanes.length > 1, "the lanes are labelled");
  for (const lane of lanes) assert.ok(lane.inside, `the lane "${lane.text}" is labelled inside the timeline`);
  await page.getByRole("button", { name, exact: true }).click();
}

/** The visible timeline labels: each event's title, its drawn width and how much of it is inside the timeline. */
function timelineLabels(page) {
  return page.locator(".dl-timeline__svg [data-event-id] .dl-timeline__label").evaluateAll((labels) =>
    labels.map((label) => {
      const svg = label.closest("svg.dl-timeline__svg").getBoundingClientRect();
      const box = label.getBoundingClientRect();
      const inside = Math.min(box.right, svg.right) - Math.max(box.left, svg.left);
      return {
        id: label.closest("[data-event-id]").dataset.eventId,
        text: label.textContent.trim(),
        width: box.width,
        inside,
        x: box.left - svg.left,
      };
    }),
  );
}

describe("an Arabic story", () => {
  for (const width of [1280, 375]) {
    test(`at ${width} px mirrors the widget, speaks Arabic and writes Arabic dates`, async () => {
      const page = await open(width, { story: ARABIC });
      const widget = page.locator(".dl-widget");
      assert.equal(await widget.getAttribute("dir"), "rtl");
      assert.equal(await widget.getAttribute("lang"), "ar");
      assert.equal(
        await widget.evaluate((element) => getComputedStyle(element).direction),
        "rtl",
        "the whole widget is laid out right to left",
      );

      // The interface is Arabic, from the catalogue.
      assert.deepEqual(
        await page.locator(".dl-switch__option").allTextContents(),
        ["الاثنان", "الخط الزمني", "الخريطة", "النص"],
      );
      const buttons = page.locator(".dl-steps .dl-button");
      assert.equal(await buttons.nth(0).textContent(), "→ السابق");
      assert.equal(await buttons.nth(1).textContent(), "التالي ←");
      assert.equal(await page.locator(".dl-steps__status").textContent(), "5 أحداث. تنقّل بينها بالترتيب.");
      assert.equal(await page.locator(".dl-steps").getAttribute("aria-label"), "خطوات القصة");
      assert.equal(await page.locator(".dl-header__byline").textContent(), "بقلم ليلى منصور، Daniel Hart");
      assert.equal(await page.locator(".dl-header__byline bdi").count(), 2, "each name is isolated");
      assert.equal(await page.locator(".dl-header__title").getAttribute("dir"), "auto");

      // The mirrored steps: Previous is at the inline start, on the right.
      const [previous, next] = [await buttons.nth(0).boundingBox(), await buttons.nth(1).boundingBox()];
      assert.ok(previous.x > next.x, "Previous is on the right, Next on the left");

      // Dates are the native table's, and equal to Intl's.
      const published = await page.locator(".dl-header__date").textContent();
      const intl = await page.evaluate(() =>
        new Intl.DateTimeFormat("ar", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(2024, 2, 15)),
      );
      assert.equal(published, intl);
      assert.equal(published, native("ar", "2024-03-15"));
      assert.match(published, /مارس/);

      if (width === 1280) {
        // Time runs from right (earliest) to left (latest), and every title is drawn inside the timeline.
        const labels = await timelineLabels(page);
        const titles = new Map(arabic.events.map((event) => [event.id, event.title]));
        assert.ok(labels.length >= 4, `the timeline labels its events (${labels.length} labels)`);
        for (const label of labels) {
          assert.ok(label.text.length > 3 && label.text !== "…", `${label.id} has a title: "${label.text}"`);
          assert.ok(titles.get(label.id).startsWith(label.text.replace(/…$/, "").split("\n")[0].slice(0, 6)), `${label.id} shows its own title`);
          assert.ok(label.width > 30, `${label.id}'s title is drawn (${label.width} px wide)`);
          assert.ok(label.inside > label.width - 2, `${label.id}'s title is inside the timeline (${label.inside} of ${label.width} px)`);
        }
        // A title drawn inside its span (February, a month) stays inside it, descenders too.
        const inSpan = await page.locator('.dl-timeline__svg [data-event-id="fees-raised"]').evaluate((mark) => {
          const [span, label] = [mark.querySelector(".dl-mark--span"), mark.querySelector(".dl-timeline__label")];
          const [outer, text] = [span.getBoundingClientRect(), label.getBoundingClientRect()];
          return { inside: text.left >= outer.left && text.right <= outer.right, top: text.top - outer.top, bottom: outer.bottom - text.bottom };
        });
        assert.ok(inSpan.inside, "the month's title is drawn inside its span");
        assert.ok(inSpan.top >= 0 && inSpan.bottom >= 0, `the title's line fits the span's height (${inSpan.top} px above, ${inSpan.bottom} px below)`);
        const ticks = await page.locator(".dl-axis__tick text").allTextContents();
        assert.ok(ticks.length > 0 && ticks.every((tick) => !/[A-Za-z]/.test(tick)), `the axis is labelled in Arabic: ${ticks}`);
        await assertTicksCentred(page);
        await assertLaneLabelsInside(page, "مسار لكل طرف");
        const x = (id) => page.locator(`.dl-timeline__svg [data-event-id="${id}"]`).evaluate((mark) => mark.getBoundingClientRect().left);
        assert.ok((await x("fees-raised")) > (await x("article-published")), "the earliest event is on the right");

        // Arrow keys follow the visual direction: left is later, right is earlier.
        await page.locator('.dl-timeline__svg [data-event-id="fees-raised"]').focus();
        await page.keyboard.press("ArrowLeft");
        assert.equal(await focusedData(page, "eventId"), "strike-begins", "ArrowLeft moves to the next (later) event");
        await page.keyboard.press("ArrowRight");
        assert.equal(await focusedData(page, "eventId"), "fees-raised", "ArrowRight moves back to the earlier one");

        // A card, pinned with Enter: its date, its kind and the quote's attribution in Arabic.
        await page.keyboard.press("ArrowLeft");
        await page.keyboard.press("Enter");
        const card = page.locator(".dl-card--pinned");
        await card.waitFor();
        assert.equal(await card.locator(".dl-card__meta time").textContent(), native("ar", "2024-03-04"));
        assert.equal(await card.locator(".dl-card__kind").textContent(), "خبر");
        assert.match(await card.locator(".dl-quote__text").textContent(), /^«لن نعود/);
        assert.equal(await page.locator(".dl-steps__status bdi").textContent(), "عمال ميناء الشروق يبدأون إضرابًا مفتوحًا");
        assert.equal(await page.locator(".dl-steps__status").textContent(), "2 من 5: عمال ميناء الشروق يبدأون إضرابًا مفتوحًا");
        await page.keyboard.press("Escape");

        // "around" is translated.
        await page.locator(".dl-switch__option", { hasText: "النص" }).click();
        const dates = await page.locator(".dl-text__events time").allTextContents();
        assert.ok(dates.includes("حوالي 12 مارس 2024"), `an approximate date reads "حوالي …": ${dates}`);
        assert.equal(await page.locator(".dl-text__heading").first().textContent(), "ما جرى بالترتيب");
        await page.locator(".dl-switch__option", { hasText: "الاثنان" }).click();
      }

      assert.deepEqual(await allAxeViolations(page), []);
      assert.deepEqual(page.consoleProblems, []);
      await screenshot(page, `arabic-${width}`);
      await page.context().close();
    });
  }
});

describe("a Hebrew story", () => {
  for (const width of [1280, 375]) {
    test(`at ${width} px mirrors the widget, speaks Hebrew and writes Hebrew dates`, async () => {
      const page = await open(width, { story: HEBREW });
      const widget = page.locator(".dl-widget");
      assert.equal(await widget.getAttribute("dir"), "rtl");
      assert.equal(await widget.getAttribute("lang"), "he");
      assert.deepEqual(await page.locator(".dl-switch__option").allTextContents(), ["שניהם", "ציר זמן", "מפה", "טקסט"]);
      assert.equal(await page.locator(".dl-steps__status").textContent(), "4 אירועים. עברו עליהם לפי הסדר.");
      assert.equal(await page.locator(".dl-header__byline").textContent(), "מאת נועה לוי");
      const published = await page.locator(".dl-header__date").textContent();
      const intl = await page.evaluate(() =>
        new Intl.DateTimeFormat("he", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(2024, 2, 15)),
      );
      assert.equal(published, intl);
      assert.equal(published, native("he", "2024-03-15"));
      if (width === 1280) await assertTicksCentred(page);

      // A card: its date and kind in Hebrew, apart from each other.
      await page.locator('[data-event-id="strike-begins"]').first().click();
      const card = page.locator(".dl-card--pinned");
      await card.waitFor();
      assert.equal(await card.locator(".dl-card__meta time").textContent(), native("he", "2024-03-04"));
      assert.equal(await card.locator(".dl-card__kind").textContent(), "דווח");
      assert.match(await card.locator(".dl-card__source").textContent(), /^מקור: עיתון החוף, פסקה 1/);
      assert.ok((await cardMetaGap(page)) >= 4, "the date and the kind are apart");

      // A relation between two Latin names reads from right to left: the one it goes from is on the right.
      // (The map shows it from its event's date on.)
      await page.locator('[data-event-id="ships-diverted"]').first().click();
      await page.locator('[data-relation-id="ships-to-ashdod"]').first().click();
      const [from, to] = await page.locator(".dl-card--pinned .dl-card__title").evaluate((title) => {
        const text = title.firstChild;
        return ["Blue", "Ashdod"].map((word) => {
          const range = document.createRange();
          range.setStart(text, text.data.indexOf(word));
          range.setEnd(text, text.data.indexOf(word) + word.length);
          return range.getBoundingClientRect().toJSON();
        });
      });
      assert.ok(
        to.top > from.top + 1 || from.left >= to.right,
        `the actor the relation goes from is read first, on the right (${JSON.stringify({ from, to })})`,
      );

      assert.deepEqual(await allAxeViolations(page), []);
      assert.deepEqual(page.consoleProblems, []);
      await screenshot(page, `hebrew-${width}`);
      await page.context().close();
    });
  }

  test("a right-to-left language without a catalogue keeps a card's date apart from its English kind", async () => {
    const page = await open(1280, { path: "/pages/urdu.html" });
    assert.equal(await page.locator(".dl-widget").getAttribute("dir"), "rtl");
    await page.locator('[data-event-id="gharwal-accredited"]').first().click();
    await page.locator(".dl-card--pinned").waitFor();
    assert.equal(await page.locator(".dl-card--pinned .dl-card__kind").textContent(), "reported");
    assert.ok((await cardMetaGap(page)) >= 4, "the date's digits do not run into the kind");
    await page.context().close();
  });
});

describe("a host's data-dateline-lang", () => {
  for (const width of [1280, 375]) {
    test(`switches an English story to French at ${width} px`, async () => {
      const page = await open(width, { path: "/pages/french.html" });
      const widget = page.locator(".dl-widget");
      assert.equal(await widget.getAttribute("lang"), "fr");
      assert.equal(await widget.getAttribute("dir"), "ltr");
      assert.deepEqual(await page.locator(".dl-switch__option").allTextContents(), ["Les deux", "Chronologie", "Carte", "Texte"]);
      assert.equal(await page.locator(".dl-steps .dl-button").first().textContent(), "← Précédent");
      assert.equal(await page.locator(".dl-steps__status").textContent(), "6 événements. Parcourez-les dans l’ordre.");
      assert.equal(await page.locator(".dl-header__date").textContent(), native("fr", "2022-04-18"));
      assert.equal(await page.locator(".dl-header__date").textContent(), "18 avril 2022");
      assert.equal(await page.locator(".dl-map__date-value").textContent(), "18 avril 2022");
      assert.match(await page.locator(".dl-map__date-label").textContent(), /^Relations au 18 avril 2022/);
      assert.deepEqual(await allAxeViolations(page), []);
      assert.deepEqual(page.consoleProblems, []);
      await screenshot(page, `french-${width}`);
      await page.context().close();
    });
  }

  test("switches an English story to Spanish, and mount()'s lang does the same", async () => {
    const page = await open(1280, { path: "/pages/spanish.html" });
    assert.equal(await page.locator(".dl-widget").getAttribute("lang"), "es");
    assert.deepEqual(await page.locator(".dl-switch__option").allTextContents(), ["Ambas", "Cronología", "Mapa", "Texto"]);
    assert.equal(await page.locator(".dl-steps__status").textContent(), "6 eventos. Recórralos en orden.");
    assert.equal(await page.locator(".dl-header__date").textContent(), "18 de abril de 2022");
    await page.locator(".dl-steps .dl-button", { hasText: "Siguiente" }).click();
    assert.match(await page.locator(".dl-steps__status").textContent(), /^1 de 6: /);
    await page.context().close();

    // embed.html passes its lang parameter to mount().
    const embedded = await open(1280, { path: "/embed.html" });
    await embedded.goto(`${serverUrl()}/embed.html?story=stories/russia-taliban-2022.json&lang=es`);
    await waitForWidgets(embedded);
    await embedded.locator(".dl-widget[lang=es]").waitFor();
    assert.equal(await embedded.locator(".dl-header__date").textContent(), "18 de abril de 2022");
    await embedded.context().close();
  });

  test("names the timeline's clusters and writes its axis in French", async () => {
    const page = await open(1280, { path: "/pages/french-large.html" });
    const cluster = page.locator(".dl-timeline__cluster").first();
    await cluster.waitFor();
    const [name, shown] = [await cluster.getAttribute("aria-label"), await cluster.textContent()];
    assert.match(name, /^\d[\d\u202f]* (d’)?événements, /, `a cluster is named in French: ${name}`);
    assert.ok(name.startsWith(shown.replace("+", "")), `its name starts with what it shows (${shown})`);
    const ticks = await page.locator(".dl-axis__tick text").allTextContents();
    const french = table.filter((row) => row.language === "fr" && row.axis).map((row) => row.written);
    assert.ok(ticks.some((tick) => /^\d{4}$/.test(tick) || french.includes(tick) || /[a-zéû]/.test(tick)), `the axis is French: ${ticks}`);
    assert.ok(ticks.every((tick) => !/\b(Jan|Feb|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/.test(tick)), `no English month is left: ${ticks}`);
    await page.context().close();
  });

  test("fetches a language's words only for a widget that speaks it", async () => {
    const asked = () => server().requests.filter((path) => path.startsWith("/messages/"));
    const before = asked().length;
    const english = await open(1280);
    assert.deepEqual(asked().slice(before), [], "an English widget fetches no words");
    await english.context().close();
    const french = await open(1280, { path: "/pages/french.html" });
    assert.equal(await french.locator(".dl-steps .dl-button").first().textContent(), "← Précédent");
    assert.deepEqual(asked().slice(before), ["/messages/fr.txt"], "a French one fetches French, once");
    await french.context().close();
  });

  test("speaks English, and says why in the console, when its language's words cannot be fetched", async () => {
    const page = await open(1280, { path: "/pages/french.html", beforeLoad: (page) => page.route("**/messages/fr.txt", (route) => route.abort()) });
    assert.equal(await page.locator(".dl-steps .dl-button").first().textContent(), "← Previous");
    assert.equal(await page.locator(".dl-widget").getAttribute("lang"), "fr", "the page's language is still named");
    assert.ok(page.consoleProblems.some((problem) => problem.startsWith("warning") && problem.includes("the words of fr could not be loaded")), page.consoleProblems.join("\n"));
    await page.context().close();
  });

  test("leaves an English story English", async () => {
    const page = await open(1280);
    assert.equal(await page.locator(".dl-widget").getAttribute("dir"), "ltr");
    assert.equal(await page.locator(".dl-steps .dl-button").first().textContent(), "← Previous");
    assert.equal(await page.locator(".dl-header__date").textContent(), native("en", "2022-04-18"));
    assert.equal(await page.locator(".dl-header__byline").textContent(), `By ${seed.meta.authors.join(", ")}`);
    await page.context().close();
  });
});

describe("the browser's Intl", () => {
  test("writes every date, count and axis label of the shared table as the native table does, in every shipped language", async () => {
    const page = await open(1280);
    const written = await page.evaluate((rows) => {
      const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
      return rows.map(({ language, date, axis, number }) => {
        if (number !== undefined) return new Intl.NumberFormat(language).format(number);
        const options = { timeZone: "UTC" };
        let year, month, day;
        if (date) {
          // A story date: long month names, at the date's precision.
          [year, month, day] = date.split("-").map(Number);
          options.year = "numeric";
          if (month) options.month = "long";
          if (day) options.day = "numeric";
        } else {
          // An axis label as the layout writes it ("9 Apr", "Aug 2021", "Sep", "2024"): short month names.
          for (const word of axis.split(" ")) {
            if (months.includes(word)) month = months.indexOf(word) + 1;
            else if (month) year = Number(word);
            else day = Number(word);
          }
          if (!month) [year, day] = [day, undefined];
          if (day) options.day = "numeric";
          if (month) options.month = "short";
          if (year) options.year = "numeric";
        }
        const when = new Date(0);
        when.setUTCFullYear(year ?? 2000, (month || 1) - 1, day || 1);
        // Plain "en" is written day first, as en-GB is.
        return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, options).format(when);
      });
    }, table);
    const differences = table
      .map((row, index) => ({ ...row, intl: written[index] }))
      .filter((row) => row.intl !== row.written)
      .map((row) => `${row.language} ${row.date ?? row.axis ?? row.number}: Intl "${row.intl}", table "${row.written}"`);
    assert.deepEqual(differences, []);
    await page.context().close();
  });
});
