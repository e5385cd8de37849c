// Loads the register's HTML report (`cargo run --all-features --example register -- report FILE --format html`) in headless
// Chromium and checks what a reader sees: the open duties come before the settled ones, in the page's order and
// on screen; every entry row has its status, duty and citation; nothing is fetched from the network and no
// script error occurs; at 1280 and 390 px the page does not scroll sideways (wide tables scroll in their own
// box); and in Japanese no English status or label is on screen.
// Usage: node check_register.mjs <report-en.html> <report-ja.html> <entries>   (see tests/browser/run.sh)
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [page_en, page_ja, entries] = process.argv.slice(2);
const fail = (msg) => { console.error(`FAIL: ${msg}`); process.exit(1); };
const OPEN = ['not-started', 'in-progress'];
const ENGLISH = ['not started', 'in progress', 'implemented', 'not applicable', 'risk accepted', 'Open duties',
  'Settled duties', 'Progress', 'By service', 'By chapter', 'Status', 'Team', 'Evidence', 'Notes', 'sentence',
  'performs', 'our inference', 'customer environment'];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

for (const [path, lang] of [[page_en, 'en'], [page_ja, 'ja']]) {
  for (const width of [1280, 390]) {
    const what = `${lang} at ${width}px`;
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 } });
    const requests = [], errors = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(path).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
    const r = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('tr.entry')];
      const doc = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => !el.closest('.box') && el.getClientRects().length)
        .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return {
        statuses: rows.map((tr) => tr.dataset.status),
        tops: rows.map((tr) => tr.getBoundingClientRect().top + window.scrollY),
        cells: rows.map((tr) => [...tr.cells].map((td) => td.innerText.trim())),
        visible: rows.filter((tr) => tr.getClientRects().length).length,
        boxes: [...document.querySelectorAll('.box')].map((b) => b.getBoundingClientRect().right),
        scroll: doc.scrollWidth, client: doc.clientWidth, wide,
        text: document.body.innerText + ' ' + document.title,
        lang: doc.lang,
      };
    });
    if (requests.length) fail(`${what}: requests left the file: ${requests}`);
    if (errors.length) fail(`${what}: page errors: ${errors}`);
    if (r.lang !== lang) fail(`${what}: html lang is ${r.lang}`);
    if (r.statuses.length !== Number(entries)) fail(`${what}: ${r.statuses.length} entry rows, expected ${entries}`);
    if (r.visible !== r.statuses.length) fail(`${what}: ${r.statuses.length - r.visible} entry rows hidden`);
    const lastOpen = r.statuses.map((s) => OPEN.includes(s)).lastIndexOf(true);
    const firstSettled = r.statuses.findIndex((s) => !OPEN.includes(s));
    if (lastOpen < 0 || firstSettled < 0) fail(`${what}: expected open and settled entries: ${[...new Set(r.statuses)]}`);
    if (firstSettled < lastOpen) fail(`${what}: a settled entry (row ${firstSettled}) comes before an open one (row ${lastOpen})`);
    if (r.tops[firstSettled] <= r.tops[lastOpen]) fail(`${what}: on screen, a settled entry is above an open one`);
    for (const cells of r.cells) {
      if (cells.length !== 10 || !cells[3] || !cells[4] || !/^§\d+\.\d+\.\d+/.test(cells[9])) {
        fail(`${what}: an entry row lacks its duty, status or citation: ${JSON.stringify(cells)}`);
      }
    }
    if (r.scroll > r.client) fail(`${what}: the page scrolls sideways (${r.scroll} > ${r.client})`);
    if (r.wide.length) fail(`${what}: wider than the screen: ${r.wide.slice(0, 5).join(', ')}`);
    if (r.boxes.some((right) => right > r.client + 0.5)) fail(`${what}: a table's box is wider than the screen`);
    if (lang === 'ja') {
      const found = ENGLISH.filter((w) => r.text.includes(w));
      if (found.length) fail(`${what}: English on screen: ${found.join(', ')}`);
    }
    console.log(`ok   register report ${what}: ${r.statuses.length} entries, open ones first, fits the screen`);
    await page.close();
  }
}
await browser.close();
