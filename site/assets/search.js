// SPDX-License-Identifier: BSL-1.0
// The index's search box: narrows the list of codes as the user types. A
// query that is a whole form of a code (13801, 0x35E9, 35E9, 0x800735E9,
// -2147011095, 0xC0360001, 0xD0360001, a name or an enumerator) shows that
// code; a number the user is still typing shows the codes it begins; words
// show the codes whose name or message holds every one of them. Without
// JavaScript the full list stays.
(function () {
  "use strict";
  const input = document.getElementById("q");
  const status = document.getElementById("q-status");
  const noMatch = document.getElementById("no-match");
  const groups = Array.from(document.querySelectorAll("#codes .group"));
  const items = Array.from(document.querySelectorAll("#codes li.code")).map(function (li) {
    const forms = li.dataset.search.split(" ");
    const text = (li.querySelector(".name").textContent + " " + li.querySelector(".msg").textContent).toLowerCase();
    return {
      li: li,
      forms: forms,
      // Names as words too: "auth fail" finds IKE_AUTH_FAIL.
      text: text + " " + text.replace(/_/g, " "),
      bits: forms.map(bitsOf).filter(function (b) { return b !== null; }),
    };
  });
  const total = items.length;

  // The 32 bits of a number as a person writes it (decimal with an optional
  // sign, hex with or without 0x), or null.
  function bitsOf(text) {
    let m = /^([+-]?)(\d+)$/.exec(text);
    if (m) {
      let v = Number(m[2]);
      if (m[1] === "-") v = -v;
      if (!Number.isSafeInteger(v) || v < -0x80000000 || v > 0xffffffff) return null;
      return v >>> 0;
    }
    m = /^(?:0x)?([0-9a-f]{1,8})$/.exec(text);
    if (m && (/^0x/.test(text) || /[a-f]/.test(text) || text.length === 8)) return parseInt(m[1], 16) >>> 0;
    return null;
  }

  function matches(query) {
    const q = query.trim().toLowerCase().replace(/\s+/g, " ");
    if (q === "") return items;
    const exact = items.filter(function (it) { return it.forms.indexOf(q) !== -1; });
    if (exact.length) return exact;
    const bits = bitsOf(q);
    if (bits !== null) {
      const same = items.filter(function (it) { return it.bits.indexOf(bits) !== -1; });
      if (same.length) return same;
    }
    if (/^[+-]?(0x)?[0-9a-f]+$/.test(q)) {
      const begun = items.filter(function (it) {
        return it.forms.some(function (f) { return f.startsWith(q); });
      });
      if (begun.length) return begun;
    }
    const words = q.split(" ");
    return items.filter(function (it) {
      return words.every(function (w) { return it.text.indexOf(w) !== -1; });
    });
  }

  function update() {
    const shown = new Set(matches(input.value));
    for (const it of items) it.li.hidden = !shown.has(it);
    for (const g of groups) {
      const n = g.querySelectorAll("li.code:not([hidden])").length;
      g.hidden = n === 0;
      const chip = document.querySelector('.parts a[href="#' + g.id + '"]');
      const counts = [g.querySelector("h2 .count"), chip && chip.querySelector(".count")];
      for (const count of counts) {
        if (!count) continue;
        if (!count.dataset.all) count.dataset.all = count.textContent;
        count.textContent = n === Number(count.dataset.all) ? count.dataset.all : n + " of " + count.dataset.all;
      }
      if (chip) chip.parentElement.hidden = g.hidden;
    }
    noMatch.hidden = shown.size !== 0;
    status.textContent = input.value.trim() === "" ? "" :
      shown.size + (shown.size === 1 ? " code" : " codes") + " of " + total;
  }

  input.addEventListener("input", update);
  // A query in the address (index.html?q=13801) fills the box.
  const asked = new URLSearchParams(location.search).get("q");
  if (asked) input.value = asked;
  if (input.value) update();
})();
