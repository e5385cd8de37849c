// Loads the HTML export in a real headless Chromium and checks what a reader does with it: the grid is there,
// the filters by owner and party work, a cell opens its duties and citation, the language switch works.
// Usage: node check_html.mjs <page.html> [screenshot.png]   (see tests/browser/run.sh)
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [page_path, screenshot] = process.argv.slice(2);
const fail = (msg) => { console.error(`FAIL: ${msg}`); process.exit(1); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(page_path).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });

  const cells = await page.locator('td.cell').count();
  if (cells !== 340) fail(`expected 340 cells, found ${cells}`);
  if ((await page.textContent('#shown')) !== '340') fail('shown counter is not 340 before filtering');

  // Filter by owner: every visible cell has that owner, and the count is what the data says.
  for (const owner of ['provider', 'customer', 'shared', 'na']) {
    await page.selectOption('#f-owner', owner);
    const expected = await page.locator(`td.cell[data-owner="${owner}"]`).count();
    const visible = await page.locator('td.cell:not(.dim)').evaluateAll((tds) => tds.map((td) => td.dataset.owner));
    if (visible.length !== expected || visible.some((o) => o !== owner)) fail(`owner filter ${owner}`);
    if (Number(await page.textContent('#shown')) !== expected) fail(`counter for ${owner}`);
  }
  await page.selectOption('#f-owner', '');

  // Filter by party: every visible cell has a duty of that party.
  await page.selectOption('#f-party', 'customer');
  const parties = await page.locator('td.cell:not(.dim)').evaluateAll((tds) => tds.map((td) => td.dataset.parties));
  if (parties.length === 0 || parties.some((p) => !p.split(' ').includes('customer'))) fail('party filter');
  await page.selectOption('#f-party', '');

  // A cell opens its duties and citation.
  const cell = page.locator('tr[data-control="information-backup"] td[data-service="object-storage"]');
  await cell.click();
  const dialog = page.locator('dialog#detail');
  if (!(await dialog.isVisible())) fail('the dialog did not open');
  const detail = await dialog.innerText();
  if (!detail.includes('6.5.1') || !detail.includes('customer')) fail(`dialog text: ${detail.slice(0, 200)}`);
  await page.click('#close');

  // The language switch shows Japanese and hides English.
  await page.click('#lang');
  const ja = await page.locator('tr[data-control="information-backup"] td:nth-child(2) .ja').isVisible();
  const en = await page.locator('tr[data-control="information-backup"] td:nth-child(2) .en').isVisible();
  if (!ja || en) fail('language switch');
  const option = await page.locator('#f-owner option[value="customer"]').textContent();
  if (option !== 'お客さま') fail(`filter options not switched: ${option}`);
  await page.click('#lang');

  if (errors.length) fail(`page errors: ${errors.join('; ')}`);
  if (requests.length) fail(`network requests: ${requests.join(', ')}`);
  if (screenshot) {
    await page.selectOption('#f-owner', '');
    await cell.click();
    await page.screenshot({ path: screenshot });
  }
  console.log('ok: grid, filters, details dialog and language switch work in Chromium');
} finally {
  await browser.close();
}
