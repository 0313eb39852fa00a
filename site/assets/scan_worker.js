// SPDX-License-Identifier: BSL-1.0
// The scan page's worker: runs the library's scan() (the WebAssembly module)
// over a text, off the page's thread, a slice at a time, and sends each
// slice's findings as soon as they are found. A new text stops the old scan
// between two slices. Offsets come back in UTF-16 code units, as JavaScript
// strings count them; lines and columns as the module counts them (UTF-8
// bytes, as ipsec-error --scan does).
"use strict";
const WORDS = 11;           // a finding record: line, column, offset, length, form, status, count, 4 codes
const FIRST_SLICE = 1 << 16;  // bytes scanned before the first findings are sent
const SLICE = 1 << 20;
let wasm = null;
let job = 0;

function startScan(id, text) {
  job = id;
  const e = wasm.exports;
  const room = text.length * 3;  // the most UTF-8 bytes a JavaScript string can need
  const at = e.scan_input(room);
  if (at === 0) {
    postMessage({ type: "error", id: id, message: "The text is too large to scan here." });
    return;
  }
  const written = new TextEncoder().encodeInto(text, new Uint8Array(e.memory.buffer, at, room)).written;
  e.scan_begin(written);
  const cursor = { byte: 0, unit: 0, bytes: null };
  let total = 0;
  let budget = FIRST_SLICE;
  const started = performance.now();
  function slice() {
    if (job !== id) return;
    const n = e.scan_step(budget);
    budget = SLICE;
    // The memory may have grown: views are made after each step.
    cursor.bytes = new Uint8Array(e.memory.buffer, at, written);
    const records = new Uint32Array(e.memory.buffer, e.scan_records(), n * WORDS);
    const out = new Uint32Array(n * WORDS);
    for (let i = 0; i < n; ++i) {
      const r = i * WORDS;
      out.set(records.subarray(r, r + WORDS), r);
      const start = records[r + 2];
      const end = start + records[r + 3];
      out[r + 2] = unitsTo(cursor, start);
      out[r + 3] = unitsTo(cursor, end);
    }
    total += n;
    const done = e.scan_done() === 1;
    postMessage({
      type: "findings", id: id, records: out, done: done, total: total,
      scanned: e.scan_progress(), size: written, ms: performance.now() - started,
    }, [out.buffer]);
    if (!done) setTimeout(slice, 0);
  }
  slice();
}

// The UTF-16 index of a UTF-8 offset, walking on from the last one asked
// (findings come in order): a four-byte sequence is two code units, any
// other sequence one.
function unitsTo(cursor, offset) {
  const bytes = cursor.bytes;
  let unit = cursor.unit;
  for (let i = cursor.byte; i < offset; ++i) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) unit += b >= 0xf0 ? 2 : 1;
  }
  cursor.byte = offset;
  cursor.unit = unit;
  return unit;
}

onmessage = function (event) {
  const m = event.data;
  if (m.type === "module") {
    // The module imports nothing.
    WebAssembly.instantiate(m.module, {}).then(function (instance) {
      wasm = instance;
      postMessage({ type: "ready" });
    }, function (error) {
      postMessage({ type: "error", id: 0, message: String(error) });
    });
  } else if (m.type === "scan") {
    startScan(m.id, m.text);
  }
};
