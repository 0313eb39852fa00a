// SPDX-License-Identifier: BSL-1.0
// Copy buttons for the commands of a code page's steps and its C++ example.
// The buttons are added here, so a page without JavaScript shows none.
(function () {
  "use strict";
  function copy(text, button) {
    const done = function () {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy"; }, 1500);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text, done); });
    } else {
      fallback(text, done);
    }
  }
  // Where the clipboard API is not allowed: copy a selection.
  function fallback(text, done) {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    try {
      if (document.execCommand("copy")) done();
    } finally {
      area.remove();
    }
  }
  for (const block of document.querySelectorAll(".command, pre.usage")) {
    const code = block.querySelector("code");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", block.matches("pre") ? "Copy the C++ example" : "Copy the command " + code.textContent);
    button.addEventListener("click", function () { copy(code.textContent, button); });
    block.appendChild(button);
  }
})();
