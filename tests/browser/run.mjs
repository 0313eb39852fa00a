// SPDX-License-Identifier: BSL-1.0
// The reference site's browser tests, in headless Debian Chromium:
//
//   node run.mjs --site BUILD/site --tool BUILD/.../ipsec-error --data tests/data
//                [--screenshots DIR] [--only NAME]
//
// Each test prints "ok" or "not ok"; the last line is "N passed, N failed".
// Exits 0 when all pass, 1 when one fails, 77 (skipped) when Chromium or the
// npm packages are missing.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const SKIP = 77;

function option(name, fallback) {
  const i = process.argv.indexOf("--" + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const siteDir = path.resolve(option("site", ""));
const tool = option("tool", "");
const dataDir = path.resolve(option("data", path.join(here, "..", "data")));
const shotsDir = option("screenshots", "");
const only = option("only", "");

let browserModule;
try {
  browserModule = await import("./browser.mjs");
} catch (error) {
  console.log("SKIPPED: the npm packages are not installed (npm ci in tests/browser): " + error.message);
  process.exit(SKIP);
}
const { launch, watchedPage, chromiumPath } = browserModule;
if (!fs.existsSync(chromiumPath)) {
  console.log("SKIPPED: no Chromium at " + chromiumPath + " (apt-get install chromium)");
  process.exit(SKIP);
}
if (!fs.existsSync(path.join(siteDir, "index.html")) || !fs.existsSync(tool)) {
  console.error("usage: node run.mjs --site BUILD/site --tool IPSEC_ERROR [--data DIR] [--screenshots DIR]");
  process.exit(2);
}

const codes = JSON.parse(fs.readFileSync(path.join(siteDir, "codes.json"), "utf8"));
const pageUrl = (rel) => pathToFileURL(path.join(siteDir, rel)).href;
const session = await launch();
const browser = session.browser;
let passed = 0;
let failed = 0;

function check(condition, message) {
  if (!condition) throw new Error(message);
}
function same(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(message + ": got " + a.slice(0, 400) + ", expected " + e.slice(0, 400));
}

async function test(name, body) {
  if (only && !name.includes(only)) return;
  try {
    await body();
    passed += 1;
    console.log("ok - " + name);
  } catch (error) {
    failed += 1;
    console.log("not ok - " + name + ": " + (error && error.stack ? error.stack : error));
  }
}

async function open(rel, setup) {
  const w = await watchedPage(browser);
  if (setup) await setup(w.page);
  await w.page.goto(pageUrl(rel), { waitUntil: "load" });
  return w;
}

function clean(w, rel) {
  same(w.problems.errors, [], rel + ": console errors");
  same(w.problems.outside, [], rel + ": requests outside file://");
}

// The findings of `ipsec-error --scan --json` on a file: line, column, codes, text.
function toolFindings(file) {
  let out = "";
  try {
    out = execFileSync(tool, ["--scan", "--json", file], { encoding: "utf8", maxBuffer: 1 << 30 });
  } catch (error) {
    if (error.status !== 1) throw error;  // 1: nothing found
    out = error.stdout;
  }
  return out.split("\n").filter(Boolean).map((l) => JSON.parse(l)).map((f) => ({
    line: f.line, column: f.column, codes: f.codes.map((c) => c.value).join(","), text: f.text,
  }));
}

// Puts text in the scan page, typed (an input event) or pasted (a paste
// event with the text on the clipboard), and waits for the whole scan.
async function scanInPage(page, text, how = "typed") {
  await page.focus("#text");
  await page.waitForFunction(() => document.body.dataset.scanner === "ready", { timeout: 20000 });
  await page.evaluate((t, how) => {
    const area = document.getElementById("text");
    if (how === "pasted") {
      const clipboard = new DataTransfer();
      clipboard.setData("text/plain", t);
      const paste = new ClipboardEvent("paste", { bubbles: true, cancelable: true, clipboardData: clipboard });
      if (area.dispatchEvent(paste)) {  // not taken by the page: the browser would insert it
        area.value = t;
        area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      }
      return;
    }
    area.value = t;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text, how);
  await page.waitForFunction(() => {
    const list = document.getElementById("findings");
    return list.dataset.done === "true";
  }, { timeout: 60000 });
  return page.evaluate(() => ({
    total: Number(document.getElementById("findings").dataset.total),
    findings: Array.from(document.querySelectorAll("#findings li.finding")).map((li) => ({
      line: Number(li.dataset.line), column: Number(li.dataset.column), codes: li.dataset.codes,
      text: li.querySelector("mark").textContent,
    })),
  }));
}

const tmp = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || "/tmp"), "ipsec-error-scan-"));
async function compareWithTool(page, label, text, fileBytes, how) {
  const file = path.join(tmp, label.replace(/[^a-z0-9]+/gi, "_") + ".txt");
  fs.writeFileSync(file, fileBytes || text);
  const expected = toolFindings(file);
  const got = await scanInPage(page, text, how);
  same(got.total, expected.length, label + ": number of findings");
  check(got.findings.length > 0 || expected.length === 0, label + ": nothing drawn");
  same(got.findings, expected.slice(0, got.findings.length), label + ": findings (line, column, codes, text)");
  return expected.length;
}

// The scan corpus as a text: the line of each labelled row.
function corpusText() {
  return fs.readFileSync(path.join(dataDir, "scan_corpus.tsv"), "utf8").split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.slice(l.indexOf("\t") + 1)).join("\n") + "\n";
}

try {
  // One page visits them all: the links of each are kept for the next test.
  const hrefsByPage = new Map();
  await test("every page loads without error or request outside file://, and its title comes from the data", async () => {
    same(fs.readdirSync(path.join(siteDir, "codes")).length, codes.length, "one page a code");
    const w = await watchedPage(browser);
    const visit = async (rel) => {
      w.problems.errors.length = 0;
      w.problems.outside.length = 0;
      await w.page.goto(pageUrl(rel), { waitUntil: "load" });
      clean(w, rel);
      hrefsByPage.set(rel, await w.page.$$eval("a[href]", (as) => as.map((a) => a.href)));
    };
    await visit("index.html");
    await visit("scan.html");
    for (const c of codes) {
      const rel = "codes/" + c.value + ".html";
      await visit(rel);
      same(await w.page.$eval("title", (e) => e.textContent), c.name + " (" + c.value + ", " + c.hex + "): " + c.message, rel + ": title");
      same(await w.page.$eval("h1", (e) => e.textContent), c.name, rel + ": heading");
    }
    await w.page.close();
  });

  await test("every internal link resolves, to a file and to its anchor", async () => {
    same(hrefsByPage.size, codes.length + 2, "pages visited");
    const ids = new Map();
    const idsOf = (file) => {
      if (!ids.has(file)) {
        const html = fs.readFileSync(file, "utf8");
        ids.set(file, new Set(Array.from(html.matchAll(/\sid="([^"]+)"/g), (m) => m[1])));
      }
      return ids.get(file);
    };
    let links = 0;
    for (const [rel, hrefs] of hrefsByPage) {
      for (const href of hrefs) {
        check(href.startsWith("file://"), rel + ": a link leaves the site: " + href);
        const url = new URL(href);
        const file = fileURLToPath(url);
        check(fs.existsSync(file) && fs.statSync(file).isFile(), rel + ": broken link " + href);
        if (url.hash) check(idsOf(file).has(decodeURIComponent(url.hash.slice(1))), rel + ": no anchor " + href);
        links += 1;
      }
    }
    check(links > codes.length * 3, "links were followed");
  });

  await test("the index lists every code with its value, hex, name, message and severity, grouped by part", async () => {
    const w = await open("index.html");
    const listed = await w.page.$$eval("#codes li.code", (lis) => lis.map((li) => ({
      value: Number(li.dataset.value), name: li.querySelector(".name").textContent,
      message: li.querySelector(".msg").textContent, numbers: li.querySelector(".nums").textContent,
      part: li.closest("section").id,
    })));
    await w.page.close();
    same(listed.length, codes.length, "codes listed");
    const byValue = new Map(listed.map((l) => [l.value, l]));
    for (const c of codes) {
      const l = byValue.get(c.value);
      check(l, c.value + " is not listed");
      same([l.name, l.message, l.part], [c.name, c.message, c.part], c.value + ": name, message, part");
      check(l.numbers.includes(String(c.value)) && l.numbers.includes(c.hex) && l.numbers.includes(c.severity),
        c.value + ": value, hex and severity shown");
    }
  });

  await test("the search box narrows the index to the code of each form", async () => {
    const w = await open("index.html");
    const queries = [];
    for (const c of codes) {
      const forms = [String(c.value), c.hex, c.hex.slice(2), c.hex.toLowerCase(), c.hresult, c.hresult.slice(2),
        String(c.hresult_signed), c.name, c.name.toLowerCase(), c.enumerator, "  " + c.value + " "];
      if (c.ntstatus) {
        // HRESULT_FROM_NT sets FACILITY_NT_BIT (0x10000000) of the NTSTATUS.
        const fromNt = "0x" + ((parseInt(c.ntstatus, 16) | 0x10000000) >>> 0).toString(16).toUpperCase();
        forms.push(c.ntstatus, fromNt, c.ntstatus.slice(2));
      }
      for (const form of forms) queries.push({ form, expect: [c.value] });
    }
    const auth = codes.find((c) => c.name === "ERROR_IPSEC_IKE_AUTH_FAIL");
    const words = auth.message.split(" ").slice(-2).join(" ");
    const results = await w.page.evaluate((qs) => {
      const input = document.getElementById("q");
      return qs.map((q) => {
        input.value = q.form;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        return Array.from(document.querySelectorAll("#codes li.code:not([hidden])"), (li) => Number(li.dataset.value));
      });
    }, queries.concat([{ form: "AUTH_FAIL" }, { form: words }, { form: "auth fail" }, { form: "" }, { form: "no such code at all" }]));
    for (let i = 0; i < queries.length; ++i) same(results[i], queries[i].expect, "query " + JSON.stringify(queries[i].form));
    const [part, message, spaced, empty, none] = results.slice(queries.length);
    check(part.includes(auth.value), "part of a name finds the code");
    check(message.includes(auth.value), "words of the message (" + words + ") find the code");
    check(spaced.includes(auth.value), "words of the name find the code");
    same(empty.length, codes.length, "an empty query shows all");
    same(none, [], "a query that matches nothing shows none");
    same(await w.page.$eval("#no-match", (e) => e.hidden), false, "the no-match note shows");
    clean(w, "index.html");
    await w.page.close();
  });

  await test("without JavaScript the index lists every code", async () => {
    const w = await open("index.html", (page) => page.setJavaScriptEnabled(false));
    same((await w.page.$$("#codes li.code:not([hidden])")).length, codes.length, "codes visible");
    await w.page.close();
  });

  await test("the scan page finds what ipsec-error --scan --json finds on the scan corpus", async () => {
    const w = await open("scan.html");
    const n = await compareWithTool(w.page, "scan corpus", corpusText());
    same(await compareWithTool(w.page, "scan corpus, pasted", corpusText(), undefined, "pasted"), n, "pasted as typed");
    check(n > 100, "the corpus has findings");
    clean(w, "scan.html");
    await w.page.close();
  });

  await test("the scan page agrees with the tool on the sample files (BOM, UTF-16LE, CRLF) and non-ASCII text", async () => {
    const w = await open("scan.html");
    for (const sample of fs.readdirSync(dataDir).filter((f) => f.startsWith("scan_corpus_sample_"))) {
      const bytes = fs.readFileSync(path.join(dataDir, sample));
      const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
      const text = utf16 ? bytes.subarray(2).toString("utf16le") : bytes.toString("utf8");
      await compareWithTool(w.page, sample, text, bytes);
    }
    const mixed = "Ünïcödé ✓ 😀 error 13801 at 0x800735E9\r\nβγ: ERROR_IPSEC_IKE_AUTH_FAIL, STATUS_IPSEC_QUEUE_OVERFLOW\n" +
      "日本語 Win32Exception (13806) \u00a0 Negotiation timed out\n\ufeff ipsec:13814";
    await compareWithTool(w.page, "non-ASCII", mixed);
    const status = await w.page.$$eval("#findings li.finding", (lis) => lis.map((li) => li.dataset.codes));
    check(status.includes(""), "a status-only finding has empty data-codes");
    clean(w, "scan.html");
    await w.page.close();
  });

  await test("pasted markup stays text", async () => {
    const w = await open("scan.html");
    const attack = '<img src=x onerror="window.__attacked=1">ERROR_IPSEC_IKE_AUTH_FAIL<script>window.__attacked=2</script> error 13806 <b onmouseover=alert(1)>0x800735E9</b>';
    await compareWithTool(w.page, "markup", attack);
    const result = await w.page.evaluate(() => ({
      attacked: window.__attacked,
      elements: document.querySelectorAll("#findings img, #findings script, #findings b").length,
      text: document.getElementById("findings").textContent,
    }));
    same(result.attacked, undefined, "no pasted script ran");
    same(result.elements, 0, "no pasted element was made");
    check(result.text.includes("<img src=x"), "the markup is shown as text");
    clean(w, "scan.html");
    await w.page.close();
  });

  await test("a large paste is scanned whole; what is drawn is capped and the rest counted", async () => {
    const w = await open("scan.html");
    let text = "";
    const corpus = corpusText();
    while (text.length < (2 << 20)) text += corpus;
    const n = await compareWithTool(w.page, "large", text, undefined, "pasted");
    const shown = await w.page.$eval("#text", (e) => e.value);
    check(shown.length < text.length && text.startsWith(shown), "the box shows the start of a long paste");
    const drawn = await w.page.$$eval("#findings li.finding", (lis) => lis.length);
    check(drawn < n, "fewer findings drawn (" + drawn + ") than found (" + n + ")");
    const more = await w.page.$eval("#more", (e) => (e.hidden ? "" : e.textContent));
    check(more.includes(String(n - drawn)), "the rest is counted: " + more);
    clean(w, "scan.html");
    await w.page.close();
  });

  await test("a finding links to its code's page", async () => {
    const w = await open("scan.html");
    await scanInPage(w.page, "The error code returned on failure is 13801.");
    const href = await w.page.$eval("#findings li.finding a", (a) => a.getAttribute("href"));
    same(href, "codes/13801.html", "link");
    await w.page.close();
  });

  const axeSource = fs.readFileSync(path.join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");
  for (const scheme of ["light", "dark"]) {
    await test("axe-core finds no violation, " + scheme, async () => {
      for (const rel of ["index.html", "codes/13801.html", "codes/13905.html", "scan.html"]) {
        const w = await open(rel, (page) => page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]));
        if (rel === "scan.html") await scanInPage(w.page, fs.readFileSync(path.join(dataDir, "scan_corpus_sample_utf8bom.txt"), "utf8"));
        await w.page.evaluate(axeSource);
        const violations = await w.page.evaluate(async () => (await window.axe.run(document)).violations
          .map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")));
        same(violations, [], rel + " (" + scheme + ")");
        await w.page.close();
      }
    });
  }

  await test("no sideways scrolling at 390 and 360 px", async () => {
    for (const width of [390, 360]) {
      for (const rel of ["index.html", "codes/13801.html", "codes/13901.html", "scan.html"]) {
        const w = await open(rel, (page) => page.setViewport({ width, height: 800 }));
        if (rel === "scan.html") await scanInPage(w.page, corpusText().slice(0, 20000));
        const sizes = await w.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        check(sizes[0] <= sizes[1], rel + " at " + width + " px: " + sizes[0] + " px wide");
        await w.page.close();
      }
    }
  });

  await test("the keyboard reaches the content with a visible focus", async () => {
    const w = await open("index.html");
    await w.page.keyboard.press("Tab");
    const first = await w.page.evaluate(() => {
      const e = document.activeElement;
      return { cls: e.className, outline: getComputedStyle(e).outlineStyle, left: e.getBoundingClientRect().left };
    });
    same(first.cls, "skip", "the first Tab stop");
    check(first.outline !== "none" && first.left >= 0, "the skip link shows when focused");
    await w.page.keyboard.press("Enter");
    let reached = "";
    for (let i = 0; i < 10 && reached !== "q"; ++i) {
      await w.page.keyboard.press("Tab");
      reached = await w.page.evaluate(() => document.activeElement.id);
    }
    same(reached, "q", "Tab reaches the search box");
    await w.page.keyboard.type("13801");
    // Past the chip of the one part left, to the code.
    for (let i = 0; i < 3; ++i) {
      await w.page.keyboard.press("Tab");
      if ((await w.page.evaluate(() => document.activeElement.className)) === "name") break;
    }
    const link = await w.page.evaluate(() => [document.activeElement.getAttribute("href"),
      getComputedStyle(document.activeElement, "::after").outlineStyle]);
    same(link, ["codes/13801.html", "solid"], "the code's link is next, with a visible focus");
    await w.page.close();
  });

  if (shotsDir) {
    await test("screenshots: desktop and phone, light and dark", async () => {
      fs.mkdirSync(shotsDir, { recursive: true });
      const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844, deviceScaleFactor: 2 } };
      for (const [device, viewport] of Object.entries(sizes)) {
        for (const scheme of ["light", "dark"]) {
          for (const [name, rel] of [["index", "index.html"], ["code", "codes/13801.html"], ["scan", "scan.html"]]) {
            const w = await open(rel, async (page) => {
              await page.setViewport(viewport);
              await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
            });
            if (name === "scan") await scanInPage(w.page, fs.readFileSync(path.join(dataDir, "scan_corpus_sample_utf8bom.txt"), "utf8"));
            await w.page.screenshot({ path: path.join(shotsDir, `${name}-${device}-${scheme}.png`), fullPage: name !== "index" });
            await w.page.close();
          }
        }
      }
    });
  }
} finally {
  await session.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
