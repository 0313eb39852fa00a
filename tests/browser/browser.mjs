// SPDX-License-Identifier: BSL-1.0
// Headless Debian Chromium for the site's tests, through puppeteer-core (no
// browser download): a fresh profile, no network services, and every page
// watched for console errors and for requests that leave file://.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";

export const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ipsec-error-site-"));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir: profile,
    args: [
      "--no-sandbox", "--headless", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// A page that records its console errors, uncaught exceptions and every
// request for something other than a local file (which it refuses).
export async function watchedPage(browser) {
  const page = await browser.newPage();
  const problems = { errors: [], outside: [] };
  page.on("console", (m) => { if (m.type() === "error") problems.errors.push(m.text()); });
  page.on("pageerror", (e) => problems.errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (/^(file|data|blob):/.test(url)) {
      request.continue();
    } else {
      problems.outside.push(url);
      request.abort();
    }
  });
  return { page, problems };
}
