// End-to-end tests of cards, linked views, story steps, deep links and the
// text twin, on the release build.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { screenshot, seriousAxeViolations, seed, useWidgetPage, focusedData } from "./browser.mjs";

const quotes = new Map(seed.quotes.map((quote) => [quote.id, quote]));
const actors = new Map(seed.actors.map((actor) => [actor.id, actor]));
const quoteBearing = seed.events.filter((event) => event.date && event.quotes?.length);

const { open } = useWidgetPage();

/** Asserts the card shows every quote of `event` verbatim with its speaker's name. */
async function assertQuotesShown(card, event) {
  const text = await card.textContent();
  for (const id of event.quotes) {
    const quote = quotes.get(id);
    assert.ok(text.includes(quote.text), `${event.id}: quote ${id} is not verbatim in the card`);
    assert.ok(text.includes(actors.get(quote.speaker).name), `${event.id}: the speaker of ${id} is not named`);
  }
}

/** Stops the page's clock and timers: from here on, time passes only when the test runs it on. */
async function freezeClock(page) {
  await page.clock.install();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

describe("cards", () => {
  test("hovering each quote-bearing event previews its card with every quote and speaker", async () => {
    const page = await open(1280);
    for (const event of quoteBearing) {
      await page.mouse.move(5, 5);
      await page.locator(".dl-card").waitFor({ state: "detached" });
      await page.locator(`[data-event-id="${event.id}"]`).hover();
      const card = page.locator('.dl-card[role="tooltip"]');
      await card.waitFor();
      await assertQuotesShown(card, event);
      const trigger = page.locator(`[data-event-id="${event.id}"]`);
      assert.equal(await trigger.getAttribute("aria-describedby"), await card.getAttribute("id"), "the preview describes its trigger");
      const [cardBox, triggerBox] = [await card.boundingBox(), await trigger.boundingBox()];
      const overlaps = cardBox.x < triggerBox.x + triggerBox.width && triggerBox.x < cardBox.x + cardBox.width && cardBox.y < triggerBox.y + triggerBox.height && triggerBox.y < cardBox.y + cardBox.height;
      assert.ok(!overlaps, `the card covers ${event.id}`);
      const widget = await page.locator(".dl-widget").boundingBox();
      assert.ok(cardBox.x >= widget.x && cardBox.x + cardBox.width <= widget.x + widget.width, "the card stays inside the widget");
    }
    assert.deepEqual(await seriousAxeViolations(page), [], "axe with a hover preview open");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("sweeping the pointer across the timeline does not flash cards", async () => {
    const page = await open(1280);
    const box = await page.locator(".dl-timeline__svg").boundingBox();
    await page.mouse.move(box.x + 5, box.y + 60);
    await page.mouse.move(box.x + box.width - 5, box.y + 60, { steps: 10 });
    await page.mouse.move(box.x + box.width - 5, box.y + box.height + 200);
    await page.waitForTimeout(450);
    assert.equal(await page.locator(".dl-card").count(), 0);
    await page.context().close();
  });

  test("a card shows once the pointer comes to rest on an item, within 150 ms, and not while it moves on", async () => {
    const page = await open(1280);
    await freezeClock(page);
    const card = page.locator('.dl-card[role="tooltip"]');
    const mark = await page.locator('[data-event-id="gharwal-accredited"] .dl-mark').first().boundingBox();
    const [x, y] = [mark.x + mark.width / 2, mark.y + mark.height / 2];
    // A sweep from the timeline's start at a reader's pace (20 px a frame)
    // that comes to rest on the mark: nothing shows on the way.
    const timeline = await page.locator(".dl-timeline__svg").boundingBox();
    for (let at = timeline.x + 4; at < x; at += 20) {
      await page.mouse.move(at, y);
      await page.clock.runFor(16);
      assert.equal(await card.count(), 0, `no card at x = ${at} while the pointer sweeps`);
    }
    await page.mouse.move(x, y);
    await page.clock.runFor(40);
    assert.equal(await card.count(), 0, "40 ms after the pointer stopped, it may still be moving on");
    await page.clock.runFor(60);
    await card.waitFor({ timeout: 2000 });
    assert.match(await card.textContent(), /Russia accredits a Taliban chargé d'affaires/, "100 ms after the rest, the card shows");
    await page.context().close();
  });

  test("a pointer that slows down over an item shows its card without stopping", async () => {
    const page = await open(1280);
    await freezeClock(page);
    const mark = await page.locator('[data-event-id="gharwal-takes-over-mission"] .dl-mark').first().boundingBox();
    const [x, y] = [mark.x + mark.width / 2, mark.y + mark.height / 2];
    await page.mouse.move(x - 3, y);
    // One pixel a frame: slow enough to be read, never still for a moment.
    for (let step = 1; step <= 3; step += 1) {
      await page.clock.runFor(16);
      await page.mouse.move(x - 3 + step, y);
    }
    await page.locator('.dl-card[role="tooltip"]').waitFor({ timeout: 2000 });
    assert.match(await page.locator(".dl-card").textContent(), /Gharwal takes over the Afghan embassy/);
    await page.context().close();
  });

  test("once a card is showing, pointing at the next item switches it at once", async () => {
    const page = await open(1280);
    // The hover intent cannot elapse by accident.
    await freezeClock(page);
    await page.locator('[data-event-id="gharwal-accredited"]').hover();
    await page.clock.runFor(100);
    const card = page.locator('.dl-card[role="tooltip"]');
    await card.waitFor();
    assert.match(await card.textContent(), /Russia accredits a Taliban chargé d'affaires/);
    await page.locator('[data-event-id="gharwal-takes-over-mission"]').hover();
    await page.waitForFunction(
      () => /Gharwal takes over the Afghan embassy/.test(document.querySelector("[data-dateline-story]").shadowRoot.querySelector(".dl-card")?.textContent ?? ""),
      null,
      { timeout: 2000 },
    );
    await page.context().close();
  });

  test("keyboard focus alone opens the same card", async () => {
    const page = await open(1280);
    await page.locator('[data-event-id="taliban-takeover"]').focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    // Focus follows once the event is drawn, a frame or two later on a busy machine.
    for (let tries = 0; tries < 50 && (await focusedData(page, "eventId")) !== "gharwal-takes-over-mission"; tries += 1) {
      await page.waitForTimeout(20);
    }
    assert.equal(await focusedData(page, "eventId"), "gharwal-takes-over-mission");
    const card = page.locator('.dl-card[role="tooltip"]');
    await card.waitFor();
    await assertQuotesShown(card, seed.events.find((event) => event.id === "gharwal-takes-over-mission"));
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.context().close();
  });

  for (const width of [375, 1280]) {
    test(`a tap pins the card, Esc closes it and focus returns, at ${width} px`, async () => {
      const page = await open(width, { hasTouch: true, isMobile: width < 600 });
      await page.locator('[data-event-id="washington-condemns"]').tap();
      const card = page.locator('.dl-card[role="region"]');
      await card.waitFor();
      assert.equal(await card.getAttribute("aria-label"), "Washington condemns Russia's acceptance of Taliban diplomats");
      assert.match(await card.textContent(), /A concern for Washington is that the Russians/);
      const source = card.getByRole("link", { name: /Source: The New Arab, paragraph 25/ });
      assert.match(await source.getAttribute("href"), /#:~:text=Officials%20in%20Washington%20quickly%20condemned/);
      if (width < 600) {
        assert.equal(await page.locator(".dl-card-slot--docked .dl-card").count(), 1, "the card docks below the views on a phone");
      }
      await screenshot(page, `card-${width}`);
      assert.deepEqual(await seriousAxeViolations(page), [], "axe with a pinned card");
      await card.getByRole("button", { name: "Close" }).focus();
      await page.keyboard.press("Escape");
      assert.equal(await card.count(), 0);
      assert.equal(await focusedData(page, "eventId"), "washington-condemns", "focus returns to the event");
      await page.context().close();
    });
  }

  test("on a phone, an event tapped at the bottom of the screen is scrolled above its docked card", async () => {
    const page = await open(375, { hasTouch: true, isMobile: true });
    const event = page.locator('[data-event-id="washington-condemns"]');
    // The event's row sits just above the bottom edge of the screen.
    await event.evaluate((row) => window.scrollBy(0, row.getBoundingClientRect().bottom - (window.innerHeight - 12)));
    await event.tap();
    const card = page.locator(".dl-card-slot--docked .dl-card");
    await card.waitFor();
    const [row, docked] = [await event.boundingBox(), await card.boundingBox()];
    assert.ok(row.y >= 0, `the event stays on screen (top at ${row.y} px)`);
    assert.ok(row.y + row.height <= docked.y + 1, `the event (bottom at ${row.y + row.height} px) is above the card (top at ${docked.y} px)`);
    await page.context().close();
  });

  test("an actor's card lists its quotes and relations; a relation's card states it as a sentence", async () => {
    const page = await open(1280);
    await page.locator('[data-actor-id="anatol-lieven"]').click();
    const card = page.locator(".dl-card");
    for (const quote of seed.quotes.filter((quote) => quote.speaker === "anatol-lieven")) {
      assert.ok((await card.textContent()).includes(quote.text), `Lieven's quote ${quote.id}`);
    }
    assert.match(await card.textContent(), /senior research fellow on Russia and Europe, Quincy Institute for Responsible Statecraft/);
    await card.locator('[data-relation-button="lieven-at-quincy"]').click();
    assert.match(await card.textContent(), /Anatol Lieven member of Quincy Institute for Responsible Statecraft: senior research fellow/);
    await page.context().close();
  });
});

describe("linked views", () => {
  test("selecting Russia lights exactly Russia's events and relations and fades the rest", async () => {
    const page = await open(1280);
    await page.locator('[data-actor-id="russia"]').click();
    const litEvents = await page.$$eval("[data-event-id]:not(.dl-faded)", (items) => items.map((item) => item.dataset.eventId).filter(Boolean));
    const shownEvents = await page.$$eval(".dl-timeline [data-event-id]", (items) => items.map((item) => item.dataset.eventId));
    const lit = new Set(litEvents.filter((id) => shownEvents.includes(id)));
    const expectedEvents = seed.events.filter((event) => event.actors?.includes("russia")).map((event) => event.id);
    const fadedRows = await page.$$eval(".dl-timeline .dl-faded", (items) => items.length);
    assert.ok(fadedRows > 0, "other events fade");
    assert.deepEqual(new Set([...lit].filter((id) => expectedEvents.includes(id) || true)), new Set(expectedEvents));
    const litRelations = await page.$$eval(".dl-relation--lit", (edges) => edges.map((edge) => edge.dataset.relationId));
    const expectedRelations = seed.relations.filter((relation) => relation.from === "russia" || relation.to === "russia").map((relation) => relation.id);
    assert.deepEqual(new Set(litRelations), new Set(expectedRelations));
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.keyboard.press("Escape");
    assert.equal(await page.locator(".dl-faded").count(), 0, "Esc clears the selection");
    await page.context().close();
  });

  test("story steps visit every dated event in time order and move the map with them", async () => {
    const page = await open(1280);
    const next = page.getByRole("button", { name: "Next →" });
    const visited = [];
    for (let step = 0; step < 6; step += 1) {
      await next.click();
      visited.push(await page.$eval('.dl-timeline [aria-pressed="true"]', (item) => item.dataset.eventId));
      assert.match(await page.textContent(".dl-steps__status"), new RegExp(`^${step + 1} of 6: `));
    }
    assert.deepEqual(visited, ["taliban-takeover", "gharwal-accredited", "washington-condemns", "gharwal-takes-over-mission", "recognition-tally", "article-published"]);
    assert.ok(await next.isDisabled(), "Next stops at the last event");
    assert.deepEqual(await seriousAxeViolations(page), [], "axe at the last story step");
    await page.getByRole("button", { name: "← Previous" }).click();
    assert.match(await page.textContent(".dl-steps__status"), /^5 of 6/);
    await page.keyboard.press("Escape");
    await page.keyboard.press("n");
    assert.match(await page.textContent(".dl-steps__status"), /^1 of 6/);
    assert.equal(await page.textContent(".dl-map__date-value"), "31 August 2021", "the map shows the relations as of the step's date");
    await page.context().close();
  });
});

describe("deep links", () => {
  test("a fragment link opens the widget with that item selected and its card pinned", async () => {
    const page = await open(1280, { hash: "#dateline=actor:caroline-rose" });
    const card = page.locator('.dl-card[role="region"]');
    await card.waitFor();
    assert.equal(await card.getAttribute("aria-label"), "Caroline Rose");
    assert.equal(await page.getAttribute('[data-actor-id="caroline-rose"]', "aria-pressed"), "true");
    assert.deepEqual(await seriousAxeViolations(page), [], "axe with a deep-linked card");
    assert.deepEqual(page.consoleProblems, []);
    await page.context().close();
  });

  test("selecting updates the fragment without adding history entries or scrolling", async () => {
    const page = await open(1280, { hash: "#intro" });
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('[data-event-id="gharwal-accredited"]').focus();
    await page.evaluate(() => window.scrollTo(0, 120));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash === "#intro&dateline=event:gharwal-accredited");
    assert.equal(await page.evaluate(() => history.length), historyLength);
    assert.equal(await page.evaluate(() => window.scrollY), 120);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => location.hash === "#intro");
    await page.context().close();
  });

  test("an unknown id is ignored with a console warning", async () => {
    const page = await open(1280, { hash: "#dateline=event:no-such-event" });
    assert.equal(await page.locator(".dl-card").count(), 0);
    assert.ok(page.consoleProblems.some((line) => line.startsWith("warning: Dateline: the link names event:no-such-event")), page.consoleProblems.join("\n"));
    await page.context().close();
  });
});

describe("the text twin", () => {
  test("contains every quote verbatim, every event with its date in words, and a who's-who", async () => {
    const page = await open(1280);
    await page.getByRole("button", { name: "Text", exact: true }).click();
    const text = await page.textContent(".dl-text");
    for (const quote of seed.quotes) {
      assert.ok(text.includes(quote.text), `quote ${quote.id} is missing from the text view`);
    }
    for (const date of ["August 2021", "March 2022", "9 April 2022", "18 April 2022"]) {
      assert.ok(text.includes(date), `${date} is missing`);
    }
    const rows = await page.$$eval("[data-text-actor-id]", (rows) => rows.map((row) => row.dataset.textActorId));
    assert.deepEqual(new Set(rows), new Set(seed.actors.map((actor) => actor.id)));
    assert.equal(await page.locator(".dl-timeline, .dl-map").count(), 0, "the text view replaces the graphics");
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.context().close();
  });
});
