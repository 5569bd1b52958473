// The marsad web page: hash routes over the JSON API (docs/server.md). Search, documents,
// entities, stories. Text from the server is only ever set as text (never as HTML). Pages
// whose API answers 501 (or 404 for the whole endpoint) show "not available in this build".
"use strict";

const view = () => document.getElementById("view");

// el("a", {href: "#/x", class: "c"}, "text", child...) builds an element; strings become text.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svgEl(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function show(...nodes) {
  const v = view();
  v.replaceChildren(...nodes.flat().filter((n) => n));
  v.dataset.state = "ready";
}

// GET a JSON endpoint: {status, data} or {status, error}.
async function api(path) {
  let res;
  try {
    res = await fetch(path, { headers: { Accept: "application/json" } });
  } catch (e) {
    return { status: 0, error: "تعذّر الاتصال بالخادم" };
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) return { status: res.status, error: (body && body.error) || res.statusText };
  return { status: res.status, data: body };
}

function unavailable(what) {
  const box = el("div", { class: "notice", "data-unavailable": what },
    `«${what}» غير متاح في هذا الإصدار من مرصد (not available in this build).`);
  return box;
}

function errorBox(r) {
  return el("div", { class: "error", role: "alert" }, `خطأ ${r.status || ""}: ${r.error}`);
}

function isUnavailable(r) {
  return r.status === 501;
}

function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") u.set(k, v);
  const s = u.toString();
  return s ? "?" + s : "";
}

const dateFmt = new Intl.DateTimeFormat("ar", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
function fmtDate(iso) {
  if (!iso) return "بلا تاريخ";
  const d = new Date(iso);
  return isNaN(d) ? iso : dateFmt.format(d);
}

// --- Arabic matching for highlights -------------------------------------------------------

// Folds a character for matching: drops diacritics and tatweel, unifies alef forms, alef
// maqsura and ta marbuta, lowercases Latin. Returns "" for characters to skip.
function foldChar(ch) {
  if (/[\u064B-\u065F\u0670\u0640]/.test(ch)) return "";
  if (/[\u0622\u0623\u0625\u0671]/.test(ch)) return "\u0627";
  if (ch === "\u0649") return "\u064A";
  if (ch === "\u0629") return "\u0647";
  return ch.toLowerCase();
}

// Wraps every occurrence of a query word in `text` in <mark class="hl">.
function highlight(text, query) {
  const words = (query || "").split(/\s+/).map((w) => [...w].map(foldChar).join("")).filter((w) => w.length > 1);
  if (!words.length || !text) return [text || ""];
  let folded = "";
  const origin = []; // folded index -> index in text
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]);
    for (let j = 0; j < f.length; j++) {
      folded += f[j];
      origin.push(i);
    }
  }
  const ranges = [];
  for (const w of words) {
    let at = folded.indexOf(w);
    while (at >= 0) {
      ranges.push([origin[at], origin[at + w.length - 1] + 1]);
      at = folded.indexOf(w, at + w.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out = [];
  let pos = 0;
  for (const [a, b] of ranges) {
    if (a < pos) continue;
    out.push(text.slice(pos, a), el("mark", { class: "hl" }, text.slice(a, b)));
    pos = b;
  }
  out.push(text.slice(pos));
  return out;
}

// --- UTF-8 byte offsets to string indices -------------------------------------------------

// The API gives offsets in UTF-8 bytes of the stored text; JS strings index UTF-16 code
// units. Returns f(byte) -> index, or -1 when the byte offset is not a character boundary.
function byteOffsetMapper(text) {
  const starts = [];
  const indices = [];
  let b = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i);
    starts.push(b);
    indices.push(i);
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  starts.push(b);
  indices.push(text.length);
  return (byte) => {
    let lo = 0, hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] === byte) return indices[mid];
      if (starts[mid] < byte) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  };
}

// Builds the document text with quotes (outer) and entity mentions (inner) marked. `spans`
// hold string indices: {start, end, cls: "quote"|"ent", title, href}.
function markedText(text, spans) {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const root = el("div", { class: "doc-text", "data-testid": "doc-text" });
  let openQuote = null;
  let quoteNode = null;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k], b = cuts[k + 1];
    if (a >= b) continue;
    const piece = text.slice(a, b);
    const quote = spans.find((s) => s.cls === "quote" && s.start <= a && b <= s.end) || null;
    const ent = spans.find((s) => s.cls === "ent" && s.start <= a && b <= s.end) || null;
    let parent = root;
    if (quote) {
      if (quote !== openQuote) {
        quoteNode = el("mark", { class: "quote", title: quote.title });
        root.append(quoteNode);
        openQuote = quote;
      }
      parent = quoteNode;
    } else {
      openQuote = null;
    }
    if (ent) {
      const inner = ent.href ? el("a", { href: ent.href }, piece) : piece;
      parent.append(el("mark", { class: "ent", title: ent.title, "data-type": ent.type }, inner));
    } else {
      parent.append(piece);
    }
  }
  return root;
}

// --- timeline chart -----------------------------------------------------------------------

// An SVG bar chart of counts per day. `days`: [{date: "YYYY-MM-DD", count}]; the days in
// between are filled with zeros.
function timelineChart(days, label) {
  const counts = new Map();
  for (const d of days) {
    if (!d.date) continue;
    const key = d.date.slice(0, 10);
    counts.set(key, (counts.get(key) || 0) + (d.count || 0));
  }
  if (!counts.size) return el("p", { class: "muted" }, "لا توجد تواريخ لرسم الخط الزمني.");
  const keys = [...counts.keys()].sort();
  const first = Date.parse(keys[0] + "T00:00:00Z");
  const last = Date.parse(keys[keys.length - 1] + "T00:00:00Z");
  const n = Math.min(400, Math.round((last - first) / 86400000) + 1);
  const series = [];
  for (let i = 0; i < n; i++) {
    const key = new Date(first + i * 86400000).toISOString().slice(0, 10);
    series.push([key, counts.get(key) || 0]);
  }
  const max = Math.max(...series.map((s) => s[1]), 1);
  const W = 600, H = 160, pad = 24;
  const bw = (W - 2 * pad) / series.length;
  const svg = svgEl("svg", { class: "timeline", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": label,
    "data-testid": "timeline" });
  svg.append(svgEl("title", {}, label));
  series.forEach(([key, c], i) => {
    const h = (c / max) * (H - 2 * pad);
    const r = svgEl("rect", { x: (pad + i * bw).toFixed(2), y: (H - pad - h).toFixed(2),
      width: Math.max(1, bw - 1).toFixed(2), height: h.toFixed(2) });
    r.append(svgEl("title", {}, `${key}: ${c}`));
    svg.append(r);
  });
  svg.append(svgEl("line", { x1: pad, y1: H - pad, x2: W - pad, y2: H - pad, stroke: "#999" }));
  svg.append(svgEl("text", { x: pad, y: H - 6 }, series[0][0]));
  svg.append(svgEl("text", { x: W - pad, y: H - 6, "text-anchor": "end" }, series[series.length - 1][0]));
  svg.append(svgEl("text", { x: pad, y: pad - 6 }, `max ${max}`));
  return svg;
}

// --- pages --------------------------------------------------------------------------------

function docCard(d, query) {
  return el("li", { class: "card hit", "data-testid": "hit" },
    el("h3", {}, el("a", { href: `#/doc/${encodeURIComponent(d.id)}` }, highlight(d.title || "(بلا عنوان)", query))),
    el("div", { class: "meta" }, el("span", {}, d.source || "—"), el("span", {}, fmtDate(d.date)),
      el("span", { class: "latin" }, d.id),
      d.story !== null && d.story !== undefined
        ? el("a", { href: `#/story/${encodeURIComponent(d.story)}`, "data-testid": "hit-story" }, "القصة ←") : null),
    d.snippet ? el("p", { class: "snippet" }, highlight(d.snippet, query)) : null);
}

function filterForm(route, p, withQuery) {
  const form = el("form", { class: "filters card", role: "search" },
    withQuery ? el("label", { class: "grow" }, "ابحث في الأخبار",
      el("input", { name: "q", type: "search", value: p.q || "", placeholder: "مثلاً: لافرنتييف أستانا",
        "data-testid": "q" })) : null,
    el("label", {}, "المصدر", el("input", { name: "source", value: p.source || "", size: 10 })),
    el("label", {}, "من", el("input", { name: "since", type: "date", value: p.since || "" })),
    el("label", {}, "إلى", el("input", { name: "until", type: "date", value: p.until || "" })),
    el("button", { type: "submit" }, withQuery ? "ابحث" : "اعرض"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = new FormData(form);
    location.hash = route + qs(Object.fromEntries(f.entries()));
  });
  return form;
}

async function pageSearch(p) {
  const form = filterForm("#/", p, true);
  if (!p.q) {
    show(el("h1", {}, "البحث في الأخبار"), form, el("p", { class: "muted" },
      "اكتب كلمات البحث، أو تصفّح الوثائق والأعلام والقصص من القائمة أعلاه."));
    return;
  }
  const k = 50;
  const [r, ents] = await Promise.all([api("/api/search" + qs({ q: p.q, k })), api("/api/entities" + qs({ name: p.q }))]);
  const parts = [el("h1", {}, "نتائج البحث"), form];
  if (ents.data && Array.isArray(ents.data) && ents.data.length) {
    parts.push(el("div", { class: "card" }, el("strong", {}, "أعلام بهذا الاسم: "),
      el("ul", { class: "chips" }, ents.data.slice(0, 10).map((e) =>
        el("li", {}, el("a", { href: `#/entity/${encodeURIComponent(e.id)}`, "data-testid": "entity-link" }, e.name))))));
  }
  if (isUnavailable(r)) {
    parts.push(unavailable("البحث"));
    show(parts);
    return;
  }
  if (r.error) {
    parts.push(errorBox(r));
    show(parts);
    return;
  }
  const since = p.since || "", until = p.until || "";
  const hits = (r.data.hits || []).filter((h) =>
    (!p.source || h.source === p.source) &&
    (!since || (h.date && h.date.slice(0, 10) >= since)) &&
    (!until || (h.date && h.date.slice(0, 10) <= until)));
  parts.push(el("p", { class: "muted" }, `${r.data.total} نتيجة في ${r.data.took_ms} م.ث؛ المعروض ${hits.length}.`));
  parts.push(el("ul", { class: "hits" }, hits.map((h) => docCard(h, p.q))));
  show(parts);
}

async function pageDocs(p) {
  const limit = 20;
  const offset = Number(p.offset || 0);
  const r = await api("/api/docs" + qs({ source: p.source, since: p.since, until: p.until, limit, offset }));
  const parts = [el("h1", {}, "الوثائق"), filterForm("#/docs", p, false)];
  if (r.error) {
    parts.push(errorBox(r));
    show(parts);
    return;
  }
  parts.push(el("p", { class: "muted" }, `${r.data.total} وثيقة.`));
  parts.push(el("ul", { class: "hits" }, r.data.docs.map((d) => docCard(d, ""))));
  const pager = el("div", { class: "pager" });
  const base = { source: p.source, since: p.since, until: p.until };
  if (offset > 0) pager.append(el("a", { href: "#/docs" + qs({ ...base, offset: Math.max(0, offset - limit) }) }, "→ السابق"));
  if (offset + limit < r.data.total) pager.append(el("a", { href: "#/docs" + qs({ ...base, offset: offset + limit }) }, "التالي ←"));
  parts.push(pager);
  show(parts);
}

// The quotes not contained in another quote (byte offsets compared).
function outermostQuotes(quotes) {
  return quotes.filter((q) => !quotes.some((o) => o !== q && o.start <= q.start && q.end <= o.end &&
                                                  (o.start !== q.start || o.end !== q.end || quotes.indexOf(o) < quotes.indexOf(q))));
}

// The spans to mark in a document: quotes and entity mentions with byte offsets.
function docSpans(d) {
  const toIndex = byteOffsetMapper(d.text || "");
  const spans = [];
  const add = (start, end, cls, title, href, type) => {
    const a = toIndex(start), b = toIndex(end);
    if (a >= 0 && b > a) spans.push({ start: a, end: b, cls, title, href, type });
  };
  // A quote inside another (a direct quote within a reported one) is marked by its outer
  // quote only; it is listed under the text with the others.
  for (const q of outermostQuotes(d.quotes || [])) {
    const who = q.speaker && (q.speaker.name || q.speaker.mention);
    add(q.start, q.end, "quote", who ? `قول ${q.kind === "direct" ? "مباشر" : "منقول"} — ${who}` : "قول");
  }
  for (const m of d.mentions || []) {
    const href = m.entity !== null && m.entity !== undefined ? `#/entity/${encodeURIComponent(m.entity)}` : null;
    add(m.start, m.end, "ent", `${m.text} — ${m.type}`, href, m.type);
  }
  for (const e of d.entities || []) {
    const id = e.entity !== undefined ? e.entity : e.id;
    const href = id !== undefined && id !== null ? `#/entity/${encodeURIComponent(id)}` : null;
    const title = [e.name, e.type].filter(Boolean).join(" — ");
    if (typeof e.start === "number") add(e.start, e.end, "ent", title, href);
    for (const m of e.mentions && Array.isArray(e.mentions) ? e.mentions : []) {
      if (typeof m.start === "number") add(m.start, m.end, "ent", title, href);
    }
  }
  return spans;
}

async function pageDoc(id) {
  const r = await api(`/api/docs/${encodeURIComponent(id)}`);
  if (r.error) {
    show(el("h1", {}, "وثيقة"), errorBox(r));
    return;
  }
  const d = r.data;
  const spans = docSpans(d);
  const quotes = d.quotes || [];
  const side = el("aside", {},
    el("h2", {}, "الأقوال"),
    quotes.length ? quotes.map((q) => el("blockquote", { "data-testid": "quote" }, q.text || "",
      el("footer", {}, q.speaker && q.speaker.entity !== null && q.speaker.entity !== undefined
        ? el("a", { href: `#/entity/${encodeURIComponent(q.speaker.entity)}` }, q.speaker.name || q.speaker.mention)
        : (q.speaker && (q.speaker.name || q.speaker.mention)) || "قائل غير معروف")))
      : el("p", { class: "muted" }, "لا أقوال مستخرجة من هذه الوثيقة."),
    el("h2", {}, "الأعلام"),
    !(d.entities || []).length && (d.mentions || []).length
      ? el("ul", { class: "chips", "data-testid": "doc-mentions" }, [...new Map((d.mentions || []).map((m) =>
          [m.type + " " + m.text, m])).values()].map((m) => el("li", { "data-type": m.type }, m.text,
          el("small", { class: "muted" }, " " + m.type))))
      : (d.entities || []).length
      ? el("ul", { class: "chips" }, (d.entities || []).map((e) => {
          const id = e.entity !== undefined ? e.entity : e.id;
          return el("li", {}, id !== undefined && id !== null
            ? el("a", { href: `#/entity/${encodeURIComponent(id)}` }, e.name || e.text || String(id)) : (e.name || e.text || ""));
        }))
      : el("p", { class: "muted" }, "لا أعلام معروفة في هذه الوثيقة."),
    d.story !== null && d.story !== undefined
      ? el("p", {}, el("a", { href: `#/story/${encodeURIComponent(typeof d.story === "object" ? d.story.id : d.story)}`,
          "data-testid": "doc-story" }, "القصة التي ينتمي إليها الخبر ←"))
      : null);
  show(el("article", { "data-testid": "doc" },
    el("h1", {}, d.title || "(بلا عنوان)"),
    el("div", { class: "meta" }, el("span", {}, d.source || "—"), el("span", {}, fmtDate(d.date)),
      d.author ? el("span", {}, d.author) : null,
      d.url ? el("a", { href: d.url, rel: "noopener noreferrer", class: "latin" }, "المصدر الأصلي") : null),
    el("div", { class: "legend" }, el("span", { class: "quote-key" }, el("mark", { class: "quote" }, "قول")),
      el("span", {}, el("mark", { class: "ent" }, "علم"))),
    el("div", { class: "grid two" }, el("div", { class: "card" }, markedText(d.text || "", spans)), side)));
}

async function pageEntities(p) {
  const r = await api("/api/entities" + qs({ name: p.name, type: p.type }));
  const form = el("form", { class: "filters card" },
    el("label", { class: "grow" }, "الاسم (بأي تهجئة)", el("input", { name: "name", value: p.name || "" })),
    el("label", {}, "النوع", el("select", { name: "type" }, ["", "PER", "LOC", "ORG"].map((t) =>
      el("option", { value: t, selected: (p.type || "") === t }, { "": "الكل", PER: "أشخاص", LOC: "أماكن", ORG: "منظمات" }[t])))),
    el("button", { type: "submit" }, "اعرض"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = "#/entities" + qs(Object.fromEntries(new FormData(form).entries()));
  });
  const parts = [el("h1", {}, "الأعلام"), form];
  if (isUnavailable(r)) parts.push(unavailable("الأعلام"));
  else if (r.error) parts.push(errorBox(r));
  else {
    const list = [...r.data].sort((a, b) => (b.mentions || 0) - (a.mentions || 0)).slice(0, 200);
    parts.push(el("ul", { class: "hits" }, list.map((e) => el("li", { class: "card" },
      el("h3", {}, el("a", { href: `#/entity/${encodeURIComponent(e.id)}`, "data-testid": "entity-link" }, e.name)),
      el("div", { class: "meta" }, el("span", {}, e.type), e.latin ? el("span", { class: "latin" }, e.latin) : null,
        el("span", {}, `${e.mentions} ذكر في ${(e.docs || []).length} وثيقة`))))));
  }
  show(parts);
}

async function pageEntity(id) {
  const r = await api(`/api/entities/${encodeURIComponent(id)}`);
  if (isUnavailable(r)) {
    show(el("h1", {}, "علم"), unavailable("الأعلام"));
    return;
  }
  if (r.error) {
    show(el("h1", {}, "علم"), errorBox(r));
    return;
  }
  const e = r.data;
  const [quotes, timeline] = await Promise.all([
    api("/api/quotes" + qs({ speaker: e.name })),
    api("/api/timeline" + qs({ entity: e.id })),
  ]);
  const quoteList = quotes.data ? quotes.data.filter((q) => !q.speaker || q.speaker.entity === null ||
    q.speaker.entity === undefined || String(q.speaker.entity) === String(e.id)) : [];
  show(el("article", { "data-testid": "entity" },
    el("h1", {}, e.name, " ", el("small", { class: "latin muted" }, e.latin || "")),
    el("div", { class: "meta" }, el("span", {}, e.type), el("span", {}, `${e.mentions} ذكر في ${(e.docs || []).length} وثيقة`)),
    el("h2", {}, "التهجئات"),
    el("ul", { class: "chips", "data-testid": "variants" }, (e.variants || []).map((v) => el("li", {}, v))),
    el("h2", {}, "الألقاب والصفات"),
    (e.titles || []).length ? el("ul", { class: "chips", "data-testid": "titles" }, e.titles.map((t) => el("li", {}, t)))
      : el("p", { class: "muted" }, "لا ألقاب مسجّلة."),
    el("h2", {}, "ذكره عبر الزمن"),
    isUnavailable(timeline) ? unavailable("الخط الزمني") : timeline.error ? errorBox(timeline)
      : el("div", { class: "card" }, timelineChart(timeline.data.days || [], `ذكر ${e.name} في اليوم`)),
    el("h2", {}, "أقواله"),
    isUnavailable(quotes) ? unavailable("الأقوال") : quotes.error ? errorBox(quotes)
      : quoteList.length ? el("div", { "data-testid": "entity-quotes" }, quoteList.slice(0, 100).map((q) =>
          el("blockquote", { "data-testid": "quote" }, q.text || "",
            el("footer", {}, el("a", { href: `#/doc/${encodeURIComponent(q.doc)}` }, q.doc)))))
        : el("p", { class: "muted" }, "لا أقوال منسوبة."),
    el("h2", {}, "الوثائق"),
    el("ul", { class: "chips" }, (e.docs || []).slice(0, 100).map((d) =>
      el("li", {}, el("a", { href: `#/doc/${encodeURIComponent(d)}`, class: "latin" }, d))))));
}

async function pageStories(p) {
  const r = await api("/api/stories" + qs({ since: p.since, until: p.until }));
  const parts = [el("h1", {}, "القصص")];
  if (isUnavailable(r)) parts.push(unavailable("القصص"));
  else if (r.error) parts.push(errorBox(r));
  else {
    const list = [...r.data].sort((a, b) => (b.docs || []).length - (a.docs || []).length).slice(0, 200);
    parts.push(el("ul", { class: "hits" }, list.map((s) => el("li", { class: "card" },
      el("h3", {}, el("a", { href: `#/story/${encodeURIComponent(s.id)}`, "data-testid": "story-link" }, s.title)),
      el("div", { class: "meta" }, el("span", {}, `${(s.docs || []).length} خبر`),
        el("span", {}, `${fmtDate(s.start)} — ${fmtDate(s.end)}`)),
      s.summary ? el("p", { class: "snippet" }, s.summary) : null))));
  }
  show(parts);
}

// A story: its summary (with each sentence's outlet), a chart of its articles and quotes per
// day, its articles from every outlet (outlet, date, title, a link to the document), its
// timeline of articles and quotes, and its entities. All from GET /api/stories/{id}.
async function pageStory(id) {
  const r = await api(`/api/stories/${encodeURIComponent(id)}`);
  if (isUnavailable(r)) {
    show(el("h1", {}, "قصة"), unavailable("القصص"));
    return;
  }
  if (r.error) {
    show(el("h1", {}, "قصة"), errorBox(r));
    return;
  }
  const s = r.data;
  const timeline = s.timeline || [];
  const articles = timeline.filter((t) => t.kind === "article");
  const days = new Map();
  for (const t of timeline) {
    if (!t.date) continue;
    const d = days.get(t.date) || { date: t.date, count: 0 };
    d.count += 1;
    days.set(t.date, d);
  }
  const sources = s.sources || [];
  const sentences = s.summary_sentences || [];
  const quotes = timeline.filter((t) => t.kind === "quote");
  const quoteItem = (t) => el("blockquote", { "data-testid": "quote" }, t.text,
    el("footer", {}, `${fmtDate(t.date)} · ${t.speaker || "قائل غير معروف"} · `,
      el("a", { href: `#/doc/${encodeURIComponent(t.doc)}` }, t.source || t.doc)));
  show(el("article", { "data-testid": "story" },
    el("h1", {}, s.title || "(بلا عنوان)"),
    el("div", { class: "meta" }, el("span", {}, `${(s.docs || []).length} خبر من ${sources.length} مصدر`),
      el("span", {}, `${fmtDate(s.start)} — ${fmtDate(s.end)}`),
      sources.length ? el("span", {}, sources.join("، ")) : null),
    el("section", { class: "card" }, el("h2", {}, "الملخص"),
      sentences.length
        ? el("ul", { class: "summary", "data-testid": "summary" }, sentences.map((x) => el("li", {}, x.text, " ",
            el("a", { href: `#/doc/${encodeURIComponent(x.doc)}`, class: "muted" }, `[${x.source || x.doc}]`))))
        : el("p", { "data-testid": "summary" }, s.summary || "لا ملخص.")),
    el("h2", {}, "الخط الزمني"),
    el("div", { class: "card" }, timelineChart([...days.values()], "أخبار القصة وأقوالها في اليوم")),
    el("h2", {}, "الأخبار من كل المصادر"),
    el("div", { class: "table-wrap card" }, el("table", { class: "articles", "data-testid": "story-articles" },
      el("thead", {}, el("tr", {}, el("th", {}, "المصدر"), el("th", {}, "التاريخ"), el("th", {}, "العنوان"))),
      el("tbody", {}, articles.map((t) => el("tr", {},
        el("td", {}, t.source || "—"), el("td", { class: "nowrap" }, fmtDate(t.date)),
        el("td", {}, el("a", { href: `#/doc/${encodeURIComponent(t.doc)}`, "data-testid": "story-doc" },
          t.title || t.doc))))))),
    quotes.length ? [el("h2", {}, `ما قيل (${quotes.length})`),
      el("div", { "data-testid": "story-timeline" }, quotes.slice(0, 8).map(quoteItem),
        quotes.length > 8 ? el("details", {}, el("summary", {}, `الأقوال الأخرى (${quotes.length - 8})`),
          quotes.slice(8, 200).map(quoteItem)) : null)] : null,
    (s.entities || []).length ? [el("h2", {}, "الأعلام"), el("ul", { class: "chips" }, s.entities.slice(0, 40).map((e) =>
      el("li", {}, e.entity !== null && e.entity !== undefined
        ? el("a", { href: `#/entity/${encodeURIComponent(e.entity)}` }, e.name) : e.name,
        el("small", { class: "muted" }, ` ${e.docs}`))))] : null));
}

// --- router -------------------------------------------------------------------------------

async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?", 2);
  const p = Object.fromEntries(new URLSearchParams(query || ""));
  const parts = path.split("/").filter(Boolean).map((x) => {
    try {
      return decodeURIComponent(x);
    } catch (e) {
      return x;
    }
  });
  view().dataset.state = "loading";
  try {
    if (!parts.length) await pageSearch(p);
    else if (parts[0] === "docs") await pageDocs(p);
    else if (parts[0] === "doc" && parts[1]) await pageDoc(parts[1]);
    else if (parts[0] === "entities") await pageEntities(p);
    else if (parts[0] === "entity" && parts[1]) await pageEntity(parts[1]);
    else if (parts[0] === "stories") await pageStories(p);
    else if (parts[0] === "story" && parts[1]) await pageStory(parts[1]);
    else show(el("h1", {}, "صفحة غير موجودة"), el("p", {}, el("a", { href: "#/" }, "إلى البحث")));
  } catch (e) {
    show(el("div", { class: "error", role: "alert" }, "خطأ في الصفحة: " + e.message));
  }
  window.scrollTo(0, 0);
}

async function buildInfo() {
  const r = await api("/api/version");
  if (r.data) {
    document.getElementById("build-info").textContent =
      `مرصد ${r.data.version} — ${r.data.documents} وثيقة في المخزن`;
  }
}

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", () => {
  buildInfo();
  route();
});
