// SPDX-License-Identifier: BSL-1.0
// The scan page: sends what is typed or pasted to the worker (the library's
// scan() in WebAssembly) and lists its findings as they come, each with its
// line and column as `ipsec-error --scan` gives them, the matched text
// highlighted in its line, and links to the codes' pages. The text is only
// ever put in the page as text (textContent), never as markup.
(function () {
  "use strict";
  const WORDS = 11;
  const DRAWN = 500;    // findings drawn; the rest are counted
  const CONTEXT = 60;   // characters of the line shown on each side of a match
  // A paste longer than this is scanned whole but only its start is shown in
  // the box: a browser takes seconds to lay out megabytes in a textarea.
  const SHOWN = 1 << 16;
  const area = document.getElementById("text");
  const status = document.getElementById("scan-status");
  const list = document.getElementById("findings");
  const more = document.getElementById("more");
  const table = JSON.parse(document.getElementById("code-table").textContent);

  let started = false;
  let worker = null;
  let ready = false;
  let job = 0;
  let text = "";
  let drawn = 0;
  let timer = 0;
  let pasted = null;  // a long pasted text, of which the box shows the start

  function say(message) { status.textContent = message; }

  // The scanner starts when the box is first used (its WebAssembly compiled,
  // its worker made), so that loading the page costs nothing more.
  function start() {
    if (started) return;
    started = true;
    try {
      const b64 = document.getElementById("scan-module").textContent.trim();
      const bytes = Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); });
      const source = document.getElementById("scan-worker").textContent;
      worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
      worker.onmessage = receive;
      worker.onerror = function () { say("The scanner could not start in this browser."); };
      WebAssembly.compile(bytes).then(function (module) {
        worker.postMessage({ type: "module", module: module });
      }, function () { say("This browser cannot run the scanner (WebAssembly)."); });
    } catch (error) {
      say("This browser cannot run the scanner: " + error.message);
    }
  }

  function receive(event) {
    const m = event.data;
    if (m.type === "ready") {
      ready = true;
      document.body.dataset.scanner = "ready";
      if (area.value) scan();
      return;
    }
    if (m.type === "error") {
      if (m.id === 0 || m.id === job) say(m.message);
      return;
    }
    if (m.id !== job) return;
    draw(m.records);
    const found = m.total === 1 ? "1 finding" : m.total + " findings";
    if (!m.done) {
      say(found + " so far, " + Math.floor(100 * m.scanned / Math.max(m.size, 1)) + "% scanned…");
      return;
    }
    say((m.total === 0 ? "No IPsec code found" : found) + (pasted !== null ? " in the whole pasted text (" +
      (pasted.length / 1048576).toFixed(1) + " M characters; the box shows its start, and editing it scans only what it shows)." : "."));
    if (m.total > drawn) {
      more.hidden = false;
      more.textContent = "…and " + (m.total - drawn) + " more, not listed here. " +
        "ipsec-error --scan lists them all; --scan --count counts each code.";
    }
    list.dataset.total = String(m.total);
    list.dataset.done = "true";
  }

  function scan() {
    text = pasted !== null ? pasted : area.value;
    job += 1;
    drawn = 0;
    list.replaceChildren();
    list.dataset.done = "false";
    more.hidden = true;
    if (!ready) return;
    if (text === "") {
      say("Paste or type text above.");
      list.dataset.total = "0";
      list.dataset.done = "true";
      return;
    }
    say("Scanning…");
    worker.postMessage({ type: "scan", id: job, text: text });
  }

  function draw(records) {
    const n = records.length / WORDS;
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n && drawn < DRAWN; ++i, ++drawn) {
      fragment.appendChild(finding(records.subarray(i * WORDS, (i + 1) * WORDS)));
    }
    list.appendChild(fragment);
  }

  function element(tag, className, content) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (content !== undefined) e.textContent = content;
    return e;
  }

  // One finding: where, the line around the match, and what it is.
  function finding(r) {
    const line = r[0], column = r[1], start = r[2], end = r[3], form = r[4], statusValue = r[5];
    const codes = Array.from(r.subarray(7, 7 + r[6]));
    const li = element("li", "finding");
    li.dataset.line = String(line);
    li.dataset.column = String(column);
    li.dataset.codes = codes.join(",");
    li.appendChild(element("p", "where", "Line " + line + ", column " + column + " · " + (table.forms[form] || "")));

    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    let lineEnd = text.indexOf("\n", end);
    if (lineEnd === -1) lineEnd = text.length;
    const from = Math.max(lineStart, start - CONTEXT);
    const to = Math.min(lineEnd, end + CONTEXT);
    const excerpt = element("p", "excerpt");
    const code = element("code");
    // The line's indentation is not shown: the column says where the match is.
    const before = from > lineStart ? "…" + text.slice(from, start) : text.slice(from, start).replace(/^\s+/, "");
    code.appendChild(document.createTextNode(before));
    code.appendChild(element("mark", "", text.slice(start, end)));
    code.appendChild(document.createTextNode(text.slice(end, to).replace(/\r$/, "") + (to < lineEnd ? "…" : "")));
    excerpt.appendChild(code);
    li.appendChild(excerpt);

    const what = element("ul", "what");
    if (codes.length === 0) {
      const other = table.status_only[String(statusValue)];
      const item = element("li");
      const a = element("a", "", other ? other[0] : "NTSTATUS");
      a.href = "index.html#status-only";
      item.appendChild(a);
      item.appendChild(element("span", "msg", other ? other[1] : ""));
      what.appendChild(item);
    }
    for (const value of codes) {
      const known = table.codes[String(value)];
      const item = element("li");
      const a = element("a", "", known ? known[0] : String(value));
      a.href = "codes/" + value + ".html";
      item.appendChild(a);
      item.appendChild(element("span", "num", String(value)));
      item.appendChild(element("span", "msg", known ? known[1] : ""));
      what.appendChild(item);
    }
    li.appendChild(what);
    return li;
  }

  area.addEventListener("paste", function (event) {
    const data = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
    if (data.length <= SHOWN) return;
    event.preventDefault();
    pasted = data;
    area.value = data.slice(0, SHOWN);
    clearTimeout(timer);
    scan();
  });
  area.addEventListener("input", function (event) {
    pasted = null;
    clearTimeout(timer);
    // A paste and small texts are scanned at once; a big text being typed
    // into when typing pauses.
    const typing = event.inputType !== undefined && event.inputType !== "insertFromPaste";
    timer = setTimeout(scan, typing && area.value.length > (1 << 16) ? 250 : 0);
  });
  for (const kind of ["focus", "pointerdown", "paste", "input"]) area.addEventListener(kind, start);
  if (area.value) start();  // text kept by the browser from an earlier visit
})();
