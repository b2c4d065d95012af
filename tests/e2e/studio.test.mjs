// End-to-end tests of the studio (studio/index.html) on the release build,
// as a producer uses it: paste an article, draft, fix a problem through its
// link, edit a title and see the preview follow, reload and find the work
// kept, undo and redo by keyboard, move, add and remove items by keyboard
// with the focus kept where the work goes on, download the story file (which the
// `dateline validate` command accepts) and pictures of it, and paste the
// embed codes into pages that then show the widget, the pre-rendered one
// with scripts off. Opening a TimelineJS file imports it;
// a file too large and a picture named .json are refused with a message and
// the work left as it was. A browser in Arabic gets the studio in Arabic,
// right to left, and a language switched to is kept.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { allAxeViolations, openPage, screenshot, useWidgetPage } from "./browser.mjs";

const fixtures = resolve(import.meta.dirname, "../fixtures");
const article = await readFile(join(fixtures, "article.txt"), "utf8");
const generated = new Map();
const { server, browser } = useWidgetPage({ generated });

/** A new studio page at `width` px, with nothing kept from before. */
async function openStudio(width) {
  const page = await openPage(browser(), width);
  await page.goto(`${server().url}/studio/`);
  await page.getByLabel("Article text").waitFor();
  return page;
}

/** The preview's widget in place (not one still drawing out of sight). */
const shownWidget = (page) => page.locator("[data-studio-preview] .st-widget:not(.st-widget--next)");

/** The problems list's entries, as text. */
const problems = (page) => page.getByRole("region", { name: /^Problems/ }).getByRole("listitem").allTextContents();

async function draft(page) {
  await page.getByLabel("Article text").fill(article);
  await page.getByRole("button", { name: "Draft story" }).click();
  await page.getByRole("status").getByText(/^Drafted \d+ events/).waitFor();
  await shownWidget(page).locator(".dl-timeline").waitFor();
}

/** Resolves to `read()`'s value once `accept` takes it (the view redraws after a key or click), or its last value after five seconds. */
async function settled(read, accept) {
  let value = await read();
  for (let tries = 0; tries < 50 && !accept(value); tries += 1) {
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}

/** Runs the `dateline` command; resolves to its exit status and output. */
function dateline(...args) {
  try {
    const out = execFileSync("cargo", ["run", "--quiet", "-p", "dateline-cli", "--", ...args], {
      cwd: resolve(import.meta.dirname, "../.."),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, out };
  } catch (error) {
    return { status: error.status, out: `${error.stdout}${error.stderr}` };
  }
}

describe("the studio, as a producer uses it", () => {
  test("drafts the article, fixes a problem through its link, edits with the preview following, keeps the work over a reload, and publishes", async () => {
    const page = await openStudio(1400);
    assert.deepEqual(await allAxeViolations(page), [], "the empty studio has no axe violations");
    await draft(page);
    assert.equal(await page.getByLabel(/^Title/).first().inputValue(), "Russia and the Taliban: Assessing new diplomatic gains");
    assert.equal(await page.getByLabel("Publication date").inputValue(), "2022-04-18", "read from the article's date line");
    assert.match(await page.locator("#f-meta\\.published-reading").textContent(), /18 April 2022/);

    // A draft note, fixed through its link: the link focuses its field.
    const before = await problems(page);
    const note = before.find((text) => /events\[\d+\]\.draft_note/.test(text));
    assert.ok(note, `a drafted event carries a note: ${before.join(" | ")}`);
    const path = note.match(/events\[\d+\]\.draft_note/)[0];
    await page.getByRole("region", { name: /^Problems/ }).getByRole("button", { name: new RegExp(path.replace(/[[\].]/g, "\\$&")) }).click();
    const focusedId = await page.evaluate(() => document.activeElement?.id);
    assert.equal(focusedId, `f-${path}`, "the problem's link focuses its field");
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    await page.waitForFunction((path) => ![...document.querySelectorAll(".st-finding")].some((item) => item.textContent.includes(path)), path);
    assert.equal((await problems(page)).length, before.length - 1, "the fixed problem left the list");
    assert.deepEqual(await allAxeViolations(page), [], "the drafted studio, problems open, has no axe violations");

    // Edit an event's title: the preview follows.
    const title = page.getByLabel("Title (event 2)");
    await title.fill("Moscow accredits a Taliban envoy");
    await shownWidget(page).getByText("Moscow accredits a Taliban envoy").first().waitFor();

    // Undo and redo by keyboard.
    await page.keyboard.press("Control+z");
    const undone = await settled(() => title.inputValue(), (value) => value !== "Moscow accredits a Taliban envoy");
    assert.notEqual(undone, "Moscow accredits a Taliban envoy", "Ctrl+Z undid the typing");
    await page.keyboard.press("Control+Shift+z");
    const redone = await settled(() => title.inputValue(), (value) => value === "Moscow accredits a Taliban envoy");
    assert.equal(redone, "Moscow accredits a Taliban envoy", "Ctrl+Shift+Z redid it");

    // Reload: the work is kept.
    await page.reload();
    assert.equal(await page.getByLabel("Title (event 2)").inputValue(), "Moscow accredits a Taliban envoy");
    assert.equal(await page.getByLabel("Article text").inputValue(), article);
    await shownWidget(page).getByText("Moscow accredits a Taliban envoy").first().waitFor();

    // Download: the file is the edited story, and the command accepts it.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download story" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "russia-and-the-taliban-assessing-new-diplomatic-gains.json");
    const folder = await mkdtemp(join(tmpdir(), "dateline-studio-"));
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const saved = JSON.parse(await readFile(file, "utf8"));
    assert.equal(saved.events[1].title, "Moscow accredits a Taliban envoy");
    assert.ok(!saved.events.some((event) => event.draft_note && path.startsWith(`events[${saved.events.indexOf(event)}]`)), "the fixed note is gone");
    const validated = dateline("validate", file);
    assert.equal(validated.status, 0, validated.out);

    // Pictures of the story, as `dateline export` draws them.
    await page.getByLabel("Picture view").selectOption("timeline");
    const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download SVG" }).click()]);
    assert.equal(svg.suggestedFilename(), "russia-and-the-taliban-assessing-new-diplomatic-gains.svg");
    const svgText = await readFile(await svg.path(), "utf8");
    assert.match(svgText, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svgText.includes("Moscow accredits a Taliban envoy"), "the picture has the edited title");
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download PNG" }).click()]);
    const pngBytes = await readFile(await png.path());
    assert.deepEqual([...pngBytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join(""), "PNG");
    assert.ok(pngBytes.readUInt32BE(16) >= 2000, `drawn at twice 1200 px (${pngBytes.readUInt32BE(16)} px wide)`);

    // The embed code, pasted into a page, shows the story there.
    await page.getByLabel("Story address").fill("stories/from-the-studio.json");
    const code = await settled(() => page.getByLabel("Embed code", { exact: true }).inputValue(), (value) => value.includes("from-the-studio"));
    assert.match(code, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/dateline\.js"><\/script>/);
    assert.match(code, /<div data-dateline-story="stories\/from-the-studio\.json"><\/div>/);
    generated.set("/stories/from-the-studio.json", await readFile(file, "utf8"));
    generated.set("/from-the-studio.html", `<!doctype html><html lang="en"><head><title>A page</title></head><body><main>${code}</main></body></html>`);
    const host = await openPage(browser(), 1024);
    await host.goto(`${server().url}/from-the-studio.html`);
    await host.locator(".dl-timeline").getByText("Moscow accredits a Taliban envoy").first().waitFor();
    await host.close();

    // The pre-rendered code shows the story on a page that runs no script.
    await page.getByText("Pre-rendered:", { exact: false }).click();
    const prerendered = page.getByLabel("Embed code, pre-rendered");
    await page.waitForFunction(() => document.getElementById("st-embed-prerendered").value.includes("shadowrootmode"));
    const still = await prerendered.inputValue();
    assert.match(still, /<div data-dateline-story="stories\/from-the-studio\.json"><template shadowrootmode="open">/);
    generated.set("/from-the-studio-prerendered.html", `<!doctype html><html lang="en"><head><title>A page</title></head><body><main>${still}</main></body></html>`);
    const noScript = await openPage(browser(), 1024, { javaScriptEnabled: false });
    await noScript.goto(`${server().url}/from-the-studio-prerendered.html`);
    await noScript.locator(".dl-timeline").getByText("Moscow accredits a Taliban envoy").first().waitFor();
    await noScript.close();
    await page.close();
    await rm(folder, { recursive: true, force: true });
  });

  test("imports a TimelineJS file, and a Google Sheet dropped on it, and refuses a file too large and a picture named .json with a message, keeping the work", async () => {
    const page = await openStudio(1280);
    await draft(page);
    const kept = await page.getByLabel(/^Title/).first().inputValue();
    const input = page.getByLabel("Open a file");

    const hugeFolder = await mkdtemp(join(tmpdir(), "dateline-studio-"));
    const huge = join(hugeFolder, "huge.json");
    await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 32));
    await input.setInputFiles(huge);
    await rm(hugeFolder, { recursive: true, force: true });
    await page.getByRole("status").getByText(/huge\.json was not opened: it is 50 MB/).waitFor();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 0)]);
    await input.setInputFiles({ name: "photo.json", mimeType: "application/json", buffer: png });
    await page.getByRole("status").getByText(/photo\.json was not opened: it is not text/).waitFor();
    assert.equal(await page.getByLabel(/^Title/).first().inputValue(), kept, "the work is as it was");

    await input.setInputFiles(join(fixtures, "timelinejs/kestrel-port.json"));
    await page.getByRole("status").getByText(/^Imported kestrel-port\.json \(TimelineJS JSON\)/).waitFor();
    const timeline = JSON.parse(await readFile(join(fixtures, "timelinejs/kestrel-port.json"), "utf8"));
    const headline = timeline.events[0].text.headline;
    await shownWidget(page).getByText(headline, { exact: false }).first().waitFor();
    await page.keyboard.press("Control+z");
    const undone = await settled(() => page.getByLabel(/^Title/).first().inputValue(), (value) => value === kept);
    assert.equal(undone, kept, "the import is undone");

    // A Google Sheet saved as CSV, dropped on the studio.
    const csv = await readFile(join(fixtures, "timelinejs/lake-varna.csv"), "utf8");
    const transfer = await page.evaluateHandle((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], "lake-varna.csv", { type: "text/csv" }));
      return transfer;
    }, csv);
    await page.locator(".st-main").dispatchEvent("drop", { dataTransfer: transfer });
    await page.getByRole("status").getByText(/^Imported lake-varna\.csv \(TimelineJS Google Sheet \(CSV\)\)/).waitFor();
    const dropped = await settled(() => page.getByLabel(/^Title/).first().inputValue(), (value) => value !== kept);
    assert.notEqual(dropped, kept, "the dropped sheet is the story now");
    await page.close();
  });

  test("shows each item's paragraph of the article with its excerpt marked, and keeps several stories over a reload", async () => {
    const page = await openStudio(1280);
    await draft(page);
    const quote = page.locator("fieldset", { has: page.getByLabel("Text (quote 1)", { exact: true }) });
    const paragraph = quote.getByRole("blockquote");
    assert.match(await paragraph.getAttribute("aria-label"), /^Paragraph \d+ of the article$/);
    const marked = await paragraph.locator("mark").textContent();
    assert.equal(marked, await page.getByLabel("Excerpt (quote 1)", { exact: true }).inputValue(), "the quote's excerpt is marked in its paragraph");
    assert.ok((await page.getByLabel("Text (quote 1)", { exact: true }).inputValue()).startsWith(marked));
    assert.ok(article.includes(await paragraph.textContent()), "the paragraph is the article's");

    await page.getByRole("button", { name: "New story" }).click();
    const fresh = await settled(() => page.getByLabel("Article text").inputValue(), (value) => value === "");
    assert.equal(fresh, "", "a new story starts empty");
    await page.getByLabel("Open a file").setInputFiles(join(fixtures, "timelinejs/kestrel-port.json"));
    await page.getByRole("status").getByText(/^Imported/).waitFor();
    const imported = await page.getByLabel(/^Title/).first().inputValue();
    await page.reload();
    const stories = page.getByLabel("Story", { exact: true });
    await stories.waitFor();
    assert.deepEqual(await stories.locator("option").allTextContents(), ["Russia and the Taliban: Assessing new diplomatic gains", imported]);
    assert.equal(await page.getByLabel(/^Title/).first().inputValue(), imported, "the story being edited is kept");
    await stories.selectOption({ index: 0 });
    await page.getByRole("button", { name: "Open", exact: true }).click();
    const switched = await settled(() => page.getByLabel("Article text").inputValue(), (value) => value === article);
    assert.equal(switched, article, "each story keeps its article");
    await shownWidget(page).getByText("Russia and the Taliban", { exact: false }).first().waitFor();
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Delete story" }).click();
    const left = await settled(() => stories.locator("option").allTextContents(), (titles) => titles.length === 1);
    assert.deepEqual(left, [imported]);
    await page.close();
  });

  test("marks a field the checks refuse, with their words under it, and two tabs keep each other's stories", async () => {
    const page = await openStudio(1280);
    await draft(page);
    const title = page.getByLabel("Title (event 1)", { exact: true });
    assert.deepEqual([await title.getAttribute("aria-required"), await title.getAttribute("aria-invalid")], ["true", null]);
    await title.fill("");
    assert.equal(await settled(() => title.getAttribute("aria-invalid"), (value) => value === "true"), "true", "an empty title is marked invalid");
    const said = await title.evaluate((input) => input.getAttribute("aria-describedby").split(" ").map((id) => document.getElementById(id)?.textContent).join(" "));
    assert.match(said, /empty/, "the checks' words are under the field and describe it");
    await title.fill("A title again");
    assert.equal(await settled(() => title.getAttribute("aria-invalid"), (value) => value === null), null);

    // A second tab starts a story; the first keeps it, and its own edit does not write over it.
    const other = await page.context().newPage();
    await other.goto(`${server().url}/studio/`);
    await other.getByRole("button", { name: "New story" }).click();
    await other.getByLabel("Title", { exact: true }).fill("From the other tab");
    const stories = page.getByLabel("Story", { exact: true });
    const titles = await settled(() => stories.locator("option").allTextContents(), (texts) => texts.includes("From the other tab"));
    assert.ok(titles.includes("From the other tab"), `the first tab lists the other's story: ${titles.join(" | ")}`);
    assert.equal(await title.inputValue(), "A title again", "the first tab goes on with its own story");
    await title.fill("A title from the first tab");
    await other.reload();
    const kept = other.getByLabel("Story", { exact: true });
    await kept.waitFor();
    assert.ok((await kept.locator("option").allTextContents()).includes("From the other tab"), "the other tab's story survived the first tab's edit");
    await other.close();
    await page.close();
  });

  test("keeps the focus on an item's button as it moves, and on the fields of an item added or after one removed", async () => {
    const page = await openStudio(1280);
    await draft(page);
    const titles = () => page.locator('input[id^="f-events["][id$="].title"]').evaluateAll((inputs) => inputs.map((input) => input.value));
    const focused = () => page.evaluate(() => document.activeElement?.id);
    const focusedOn = (id) => settled(focused, (value) => value === id);
    const before = await titles();
    assert.ok(before.length >= 4, `the draft has events to move (${before.length})`);

    // Moved down twice by keyboard: Enter, then Space, on the focused button.
    await page.getByRole("button", { name: "Move down (event 1)" }).focus();
    await page.keyboard.press("Enter");
    assert.equal(await focusedOn("st-events-1-down"), "st-events-1-down", "the focus follows the moved event");
    assert.deepEqual(await settled(titles, (now) => now[1] === before[0]), [before[1], before[0], ...before.slice(2)]);
    await page.keyboard.press("Space");
    assert.equal(await focusedOn("st-events-2-down"), "st-events-2-down", "pressing again moves it further");
    const moved = [before[1], before[2], before[0], ...before.slice(3)];
    assert.deepEqual(await settled(titles, (now) => now[2] === before[0]), moved);

    // An added event takes the focus to its first field.
    const count = moved.length;
    await page.getByRole("button", { name: "Add event" }).focus();
    await page.keyboard.press("Enter");
    const added = `f-events[${count}].title`;
    assert.equal(await focusedOn(added), added, "the new event's title has the focus");
    await page.keyboard.type("Talks resume");
    assert.equal((await titles()).at(-1), "Talks resume");

    // A removed event leaves the focus on the next one, or the previous one when it was last.
    await page.getByRole("button", { name: "Remove (event 1)" }).focus();
    await page.keyboard.press("Enter");
    assert.equal(await focusedOn("f-events[0].title"), "f-events[0].title", "the next event has the focus");
    assert.deepEqual(await settled(titles, (now) => now[0] === moved[1]), [...moved.slice(1), "Talks resume"]);
    await page.getByRole("button", { name: `Remove (event ${count})` }).focus();
    await page.keyboard.press("Space");
    const previous = `f-events[${count - 2}].title`;
    assert.equal(await focusedOn(previous), previous, "the previous event has the focus");
    assert.deepEqual(await settled(titles, (now) => now.length === count - 1), moved.slice(1));
    await page.close();
  });

  test("works at a phone's width, by keyboard, with no axe violations", async () => {
    const page = await openStudio(375);
    for (let presses = 0; presses < 12 && (await page.evaluate(() => document.activeElement?.id)) !== "st-article"; presses++) {
      await page.keyboard.press("Tab");
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), "st-article", "Tab reaches the article's text");
    await page.keyboard.insertText(article);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText(/^Drafted \d+ events/).waitFor();
    await shownWidget(page).locator(".dl-timeline").waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the page does not scroll sideways (${width} px)`);
    assert.deepEqual(await allAxeViolations(page), [], "no axe violations at 375 px");
    await screenshot(page, "studio-375");
    await page.close();
  });

  test("speaks the browser's language, Arabic right to left, and the one the producer switches to, kept over a reload", async () => {
    const page = await openPage(browser(), 375, { locale: "ar" });
    await page.goto(`${server().url}/studio/`);
    const articleText = page.getByLabel("نص المقال");
    await articleText.waitFor();
    const speaks = () => page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`);
    assert.equal(await speaks(), "ar rtl");
    await articleText.fill(article);
    await page.getByRole("button", { name: "صياغة القصة" }).click();
    await page.getByRole("status").getByText(/^صيغ من المقال/).waitFor();
    await shownWidget(page).locator(".dl-timeline").waitFor();
    assert.equal(await page.getByLabel("تاريخ النشر").inputValue(), "2022-04-18", "drafting works in Arabic");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the page does not scroll sideways (${width} px)`);
    assert.deepEqual(await allAxeViolations(page), [], "no axe violations in Arabic at 375 px");
    await screenshot(page, "studio-ar-375");

    await page.getByLabel("لغة الاستوديو").selectOption("fr");
    await page.getByLabel("Texte de l’article").waitFor();
    assert.equal(await speaks(), "fr ltr");
    await page.getByRole("button", { name: "Rédiger le récit" }).waitFor();
    await page.reload();
    await page.getByLabel("Texte de l’article").waitFor();
    assert.equal(await speaks(), "fr ltr", "the choice is kept");
    assert.equal(await page.getByLabel("Langue du studio").inputValue(), "fr");
    assert.equal(await page.getByLabel("Texte de l’article").inputValue(), article, "the work is kept too");
    assert.match(await page.locator("#f-meta\\.published-reading").textContent(), /18 avril 2022/, "dates are read in the studio's language");
    await page.close();
  });
});
