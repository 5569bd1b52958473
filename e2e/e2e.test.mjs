// End-to-end test of the marsad web page in headless Chromium (Debian's /usr/bin/chromium
// driven by playwright-core): search, open an entity from the results (its spellings and
// quotes), open a hit's story, open a document with its quotes marked at the API's byte
// offsets. Pages whose API
// is not in this build must show the "not available in this build" state instead.
// A screenshot of each page goes to $ARTIFACTS. Run by e2e/run.sh, which starts the server.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const base = process.env.MARSAD_URL;
const artifacts = process.env.ARTIFACTS || "e2e-artifacts";
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
assert.ok(base, "MARSAD_URL is not set (run e2e/run.sh)");
mkdirSync(artifacts, { recursive: true });

const version = await (await fetch(new URL("/api/version", base))).json();
const features = version.features;
console.log(`marsad ${version.version}, ${version.documents} documents, features ${JSON.stringify(features)}`);

const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
const results = [];
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push([name, "ok"]);
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push([name, "FAIL"]);
    console.log(`FAIL ${name}: ${e.stack || e}`);
  }
}

const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ar" });
const page = await context.newPage();
const consoleErrors = [];
page.on("pageerror", (e) => consoleErrors.push(String(e)));
page.on("console", (m) => {
  if (m.type() === "error") consoleErrors.push(m.text());
});

async function open(hash) {
  await page.goto(new URL("/" + hash, base).toString());
  await page.waitForSelector('#view[data-state="ready"]', { timeout: 15000 });
}
// A screenshot of the whole page, and of its first screen (legible when the page is long).
async function shot(name, p = page) {
  await p.screenshot({ path: `${artifacts}/${name}.png`, fullPage: true });
  await p.screenshot({ path: `${artifacts}/${name}-top.png` });
}
async function expectUnavailable(what) {
  const box = page.locator("[data-unavailable]").first();
  await box.waitFor({ timeout: 5000 });
  assert.match(await box.innerText(), /not available in this build/, `${what}: no "not available" state`);
}

await step("page is Arabic, right to left, with an Arabic font stack", async () => {
  await open("#/");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  assert.match(font, /^"Noto Naskh Arabic"/);
  assert.match(await page.locator("#build-info").innerText(), /وثيقة/);
});

await step("UTF-8 byte offsets map to string indices", async () => {
  await open("#/");
  // a (1 byte) ب (2) 字 (3) 😀 (4 bytes, 2 UTF-16 units) z (1)
  const got = await page.evaluate(() => {
    const f = byteOffsetMapper("aب字😀z");
    return [0, 1, 2, 3, 4, 6, 7, 10, 11, 12].map(f);
  });
  assert.deepEqual(got, [0, 1, -1, 2, -1, 3, -1, 5, 6, -1]);
});

// The path a reader takes: search, open an entity from the results (its spellings, quotes
// and chart of mentions), back to the results, open a hit's story (its articles from the
// outlets, summary, timeline).
await step("search", async () => {
  await open("#/");
  await page.fill('[data-testid="q"]', "لافرنتييف");
  await page.press('[data-testid="q"]', "Enter");
  await page.waitForFunction(() => location.hash.includes("q="));
  await page.waitForSelector('#view[data-state="ready"]');
  if (features.search) {
    await page.locator('[data-testid="hit"]').first().waitFor();
    assert.ok((await page.locator('[data-testid="hit"]').count()) > 0, "no hits");
    assert.ok((await page.locator("mark.hl").count()) > 0, "no highlighted words in the hits");
  } else {
    await expectUnavailable("search");
  }
  await shot("search");
});

await step("search → entity: spellings, titles, quotes, mentions per day", async () => {
  if (!features.entities) {
    await open("#/entity/1");
    await expectUnavailable("entities");
    await shot("entity");
    return;
  }
  await open("#/?q=" + encodeURIComponent("لافرنتييف"));
  await page.locator('[data-testid="entity-link"]').first().click();
  await page.waitForSelector('[data-testid="entity"]');
  assert.ok((await page.locator('[data-testid="variants"] li').count()) > 0, "no spellings");
  if (features.quotes) {
    assert.ok((await page.locator('[data-testid="quote"]').count()) > 0, "no quotes for the entity");
  }
  if (features.timeline) {
    assert.ok((await page.locator('[data-testid="timeline"] rect').count()) > 0, "no timeline bars");
  }
  await shot("entity");
});

async function checkStoryPage(name) {
  await page.waitForSelector('[data-testid="story"]');
  assert.ok((await page.locator('[data-testid="story-doc"]').count()) > 0, "no articles in the story");
  assert.ok((await page.locator('[data-testid="timeline"] rect').count()) > 0, "no timeline bars");
  assert.ok((await page.locator('[data-testid="summary"]').innerText()).length > 20, "no summary");
  await shot(name);
  // The story page on a phone: nothing wider than the screen.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ar", isMobile: true });
  const p = await phone.newPage();
  await p.goto(page.url());
  await p.waitForSelector('[data-testid="story"]');
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `story page wider than a phone screen by ${overflow}px`);
  await shot(name + "-phone", p);
  await phone.close();
}

await step("search → story of a hit: articles from the outlets, summary, timeline", async () => {
  if (!features.stories) {
    await open("#/stories");
    await expectUnavailable("stories");
    await shot("story");
    return;
  }
  await open("#/?q=" + encodeURIComponent("أستانا"));
  await page.locator('[data-testid="hit-story"]').first().click();
  await checkStoryPage("story");
  // A story's articles link to their documents, whose story links back.
  await page.locator('[data-testid="story-doc"]').first().click();
  await page.waitForSelector('[data-testid="doc-text"]');
  await page.locator('[data-testid="doc-story"]').click();
  await page.waitForSelector('[data-testid="story"]');
});

await step("stories list → story", async () => {
  if (!features.stories) return;
  await open("#/stories");
  await shot("stories");
  await page.locator('[data-testid="story-link"]').first().click();
  await checkStoryPage("story-from-list");
});

// Every marked quote must show exactly the text the API gives for it: this checks the
// conversion of UTF-8 byte offsets to JavaScript string indices.
async function checkQuoteMarks(id) {
  const doc = await (await fetch(new URL(`/api/docs/${encodeURIComponent(id)}`, base))).json();
  const marked = await page.locator('[data-testid="doc-text"] mark.quote').allInnerTexts();
  // A quote inside another is marked by its outer quote only (the page's outermostQuotes).
  const outer = doc.quotes.filter((q) => !doc.quotes.some((o) => o !== q && o.start <= q.start && q.end <= o.end &&
      (o.start !== q.start || o.end !== q.end || doc.quotes.indexOf(o) < doc.quotes.indexOf(q))));
  const want = outer.filter((q) => q.text).map((q) => q.text);
  assert.equal(marked.length, want.length, `quote marks in ${id}`);
  for (let i = 0; i < want.length; i++) assert.equal(marked[i].trim(), want[i].trim(), `quote ${i} of ${id}`);
  return want.length;
}

await step("document: text with quotes and entities marked", async () => {
  await open("#/docs");
  const first = page.locator('[data-testid="hit"] h3 a').first();
  await first.click();
  await page.waitForSelector('[data-testid="doc-text"]');
  const text = await page.locator('[data-testid="doc-text"]').innerText();
  assert.ok(text.length > 50, "document text missing");
  // Find a document with quotes when the quotes stage ran, and check its marks.
  const list = await (await fetch(new URL("/api/docs?limit=100", base))).json();
  let checked = 0;
  for (const d of list.docs) {
    const full = await (await fetch(new URL(`/api/docs/${encodeURIComponent(d.id)}`, base))).json();
    if (!full.quotes.length) continue;
    await open(`#/doc/${encodeURIComponent(d.id)}`);
    checked += await checkQuoteMarks(d.id);
    break;
  }
  if (features.quotes) assert.ok(checked > 0, "no document with marked quotes");
  await shot("document");
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ar", isMobile: true });
  const p = await phone.newPage();
  await p.goto(page.url());
  await p.waitForSelector('[data-testid="doc-text"]');
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page wider than a phone screen by ${overflow}px`);
  await shot("document-phone", p);
  await phone.close();
});

await step("unknown document shows the API's error", async () => {
  await open("#/doc/" + encodeURIComponent("لا-يوجد"));
  assert.match(await page.locator('[role="alert"]').innerText(), /404/);
});

await step("no script errors", async () => {
  assert.deepEqual(consoleErrors.filter((e) => !/status of (404|501)/.test(e)), []);
});

await browser.close();
const failed = results.filter((r) => r[1] !== "ok").length;
console.log(`${results.length - failed} passed, ${failed} failed; screenshots in ${artifacts}`);
process.exit(failed ? 1 : 0);
