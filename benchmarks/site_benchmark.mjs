// SPDX-License-Identifier: BSL-1.0
// The reference site's figures: its size raw and gzipped, the WebAssembly
// module's size, scan throughput in headless Chromium with and without
// SIMD128 beside native scan() on the same text, and the time a 10 MB paste
// takes to show its first findings and to finish.
//
//   node benchmarks/site_benchmark.mjs --build BUILD --log FILE --native BUILD/benchmarks/site_native_scan [--runs N]
//
// BUILD holds site/ and site-wasm/ (cmake --build BUILD --target site); FILE
// is a log made by scan_make_log (scan_make_log 10 > FILE). The npm packages
// are those of tests/browser (npm ci there).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const { launch, watchedPage } = await import(path.join(here, "..", "tests", "browser", "browser.mjs"));

function option(name, fallback) {
  const i = process.argv.indexOf("--" + name);
  if (i < 0 || i + 1 >= process.argv.length) {
    if (fallback !== undefined) return fallback;
    throw new Error("missing --" + name);
  }
  return process.argv[i + 1];
}
const build = path.resolve(option("build"));
const logFile = path.resolve(option("log"));
const native = path.resolve(option("native"));
const runs = Number(option("runs", "5"));

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}
const files = walk(path.join(build, "site"));
let raw = 0;
let gzipped = 0;
for (const f of files) {
  const bytes = fs.readFileSync(f);
  raw += bytes.length;
  gzipped += zlib.gzipSync(bytes, { level: 9 }).length;
}
const kib = (n) => (n / 1024).toFixed(1) + " KiB";
console.log(`site: ${files.length} files, ${kib(raw)} raw, ${kib(gzipped)} gzipped (each file gzip -9)`);
for (const page of ["index.html", "scan.html", "codes/13801.html"]) {
  const bytes = fs.readFileSync(path.join(build, "site", page));
  console.log(`  ${page}: ${kib(bytes.length)} raw, ${kib(zlib.gzipSync(bytes, { level: 9 }).length)} gzipped`);
}
const variants = ["simd128", "scalar"];
for (const v of variants) {
  console.log(`scan_${v}.wasm: ${fs.statSync(path.join(build, "site-wasm", `scan_${v}.wasm`)).size} bytes`);
}

const [nativeFound, mb, nativeSeconds, nativeRate] = execFileSync(native, [logFile, String(runs)], { encoding: "utf8" })
  .trim().split(" ").map(Number);
console.log(`log: ${mb.toFixed(1)} MB (${logFile})`);
console.log(`native scan(), line by line: ${nativeRate.toFixed(1)} MB/s (best of ${runs}: ${(nativeSeconds * 1000).toFixed(1)} ms)`);

const session = await launch();
try {
  const text = fs.readFileSync(logFile, "latin1");  // the log is ASCII
  for (const v of variants) {
    const { page } = await watchedPage(session.browser);
    await page.goto(pathToFileURL(path.join(build, "site", "index.html")).href);
    const b64 = fs.readFileSync(path.join(build, "site-wasm", `scan_${v}.wasm`)).toString("base64");
    const result = await page.evaluate(async (b64, text, runs) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const { instance } = await WebAssembly.instantiate(bytes, {});
      const e = instance.exports;
      const at = e.scan_input(text.length * 3);
      const size = new TextEncoder().encodeInto(text, new Uint8Array(e.memory.buffer, at, text.length * 3)).written;
      let best = Infinity;
      let found = 0;
      for (let r = 0; r < runs; ++r) {
        const start = performance.now();
        e.scan_begin(size);
        found = 0;
        while (!e.scan_done()) {
          const n = e.scan_step(1 << 30);
          const records = new Uint32Array(e.memory.buffer, e.scan_records(), n * 11);
          for (let i = 0; i < n; ++i) found += records[i * 11 + 6] + 1;
        }
        best = Math.min(best, performance.now() - start);
      }
      return { best, found, size };
    }, b64, text, runs);
    if (result.found !== nativeFound) throw new Error(`${v}: ${result.found} findings, native ${nativeFound}`);
    const rate = result.size / (1024 * 1024) / (result.best / 1000);
    console.log(`Chromium, ${v}: ${rate.toFixed(1)} MB/s (best of ${runs}: ${result.best.toFixed(1)} ms), ${(rate / nativeRate).toFixed(2)}x native`);
    await page.close();
  }

  // A paste of the log on the scan page: first findings drawn, whole scan done.
  const { page, problems } = await watchedPage(session.browser);
  await page.goto(pathToFileURL(path.join(build, "site", "scan.html")).href);
  await page.focus("#text");
  await page.waitForFunction(() => document.body.dataset.scanner === "ready");
  const times = await page.evaluate((text) => new Promise((resolve) => {
    const area = document.getElementById("text");
    const list = document.getElementById("findings");
    const started = performance.now();
    let first = 0;
    new MutationObserver(() => {
      if (!first && list.querySelector("li.finding")) first = performance.now() - started;
      if (list.dataset.done === "true" && first) resolve({ first, done: performance.now() - started, total: Number(list.dataset.total) });
    }).observe(list, { childList: true, attributes: true });
    const clipboard = new DataTransfer();
    clipboard.setData("text/plain", text);
    area.dispatchEvent(new ClipboardEvent("paste", { bubbles: true, cancelable: true, clipboardData: clipboard }));
  }), text);
  if (problems.errors.length || problems.outside.length) throw new Error(JSON.stringify(problems));
  console.log(`scan page, ${mb.toFixed(1)} MB paste: first findings drawn after ${times.first.toFixed(0)} ms, ` +
    `all ${times.total} found after ${times.done.toFixed(0)} ms (from the paste event)`);
} finally {
  await session.close();
}
