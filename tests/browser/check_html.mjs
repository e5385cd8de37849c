// Loads the HTML export in a real headless Chromium and checks what a reader does with it: the grid is there,
// the filters by owner and party work, a cell opens its duties and citation, the language switch works; at a
// desktop width (1280 px) and a phone's (390 px), the page never scrolls sideways (the grid scrolls in its own
// box); and in Japanese no English label or kebab-case id is left on screen.
// Usage: node check_html.mjs <page-en.html> <page-ja.html> [desktop.png] [phone.png]   (see tests/browser/run.sh)
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [page_en, page_ja, shot_desktop, shot_phone] = process.argv.slice(2);
const fail = (msg) => { console.error(`FAIL: ${msg}`); process.exit(1); };
const WIDTHS = [1280, 390];

// English labels of the vocabulary and the page: none may be visible in Japanese. Ids are caught by shape below.
const ENGLISH = ['provider', 'customer', 'shared', 'not applicable', 'performs', 'offers', 'discloses', 'permission',
  'requests', 'on request', 'leaves to the customer', 'our inference', 'stated by the document', 'cloud platform',
  'portal site', 'all services', 'virtual machines', 'Owner', 'Party', 'Control', 'Close', 'Source', 'Why',
  'cells shown', 'edition', 'Not disclosed', 'sentence'];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

/** Opens a page at a width; collects page errors and any request that leaves the file. */
async function open(path, width) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 } });
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) page.requests.push(r.url()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(pathToFileURL(path).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
  return page;
}

/** The page does not scroll sideways: the document is no wider than the viewport, and neither is any box in it
 *  except the grid's own scrolling content. */
async function checkWidth(page, what) {
  const r = await page.evaluate(() => {
    const doc = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('.grid') && !el.closest('dialog:not([open])') && el.getClientRects().length)
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}`);
    const grid = document.querySelector('.grid').getBoundingClientRect();
    return { scroll: doc.scrollWidth, client: doc.clientWidth, body: document.body.scrollWidth, wide, gridRight: grid.right };
  });
  if (r.scroll > r.client || r.body > r.client) fail(`${what}: the page scrolls sideways (${r.scroll} > ${r.client})`);
  if (r.wide.length) fail(`${what}: wider than the screen: ${r.wide.slice(0, 5).join(', ')}`);
  if (r.gridRight > r.client + 0.5) fail(`${what}: the grid's box is wider than the screen`);
}

/** Every visible text of the page in Japanese: the page, and the dialog of every cell. */
async function visibleTexts(page) {
  return page.evaluate(() => {
    const texts = [document.body.innerText, document.title];
    document.querySelectorAll('select option').forEach((o) => texts.push(o.textContent));
    const dlg = document.getElementById('detail'), box = document.getElementById('detail-body');
    document.querySelectorAll('td.cell').forEach((td) => {
      box.innerHTML = td.querySelector('.detail').innerHTML;
      dlg.showModal();
      texts.push(dlg.innerText);
      dlg.close();
    });
    return texts.join('\n');
  });
}

/** No English label and no kebab-case id (`leaves-to-customer`) in text meant to be Japanese. ISO ids
 *  (`iso27001-2022:A.8.13`) and proper names in capitals (SSH, IDCF) are not English prose. */
function checkJapanese(text, what) {
  const ids = text.match(/\b[a-z]+(?:-[a-z]+)+\b/g);
  if (ids) fail(`${what}: ids on screen: ${[...new Set(ids)].slice(0, 8).join(', ')}`);
  for (const word of ENGLISH) {
    if (text.includes(word)) {
      const at = text.indexOf(word);
      fail(`${what}: English "${word}" on screen: …${text.slice(Math.max(0, at - 40), at + 40)}…`);
    }
  }
  const words = text.replace(/iso27\d{3}-\d{4}:[A-Z0-9.]+/g, '').match(/\b[a-z]{3,}\b/g);
  if (words) fail(`${what}: English words on screen: ${[...new Set(words)].slice(0, 8).join(', ')}`);
}

/** What a reader does: filters, a cell's dialog, the language switch. */
async function checkBehaviour(page, lang, width) {
  const what = `${lang} at ${width}px`;
  const cells = await page.locator('td.cell').count();
  if (cells !== 340) fail(`${what}: expected 340 cells, found ${cells}`);
  if ((await page.textContent('#shown')) !== '340') fail(`${what}: shown counter is not 340 before filtering`);

  // Filter by owner: every visible cell has that owner, and the count is what the data says.
  for (const owner of ['provider', 'customer', 'shared', 'na']) {
    await page.selectOption('#f-owner', owner);
    const expected = await page.locator(`td.cell[data-owner="${owner}"]`).count();
    const visible = await page.locator('td.cell:not(.dim)').evaluateAll((tds) => tds.map((td) => td.dataset.owner));
    if (visible.length !== expected || visible.some((o) => o !== owner)) fail(`${what}: owner filter ${owner}`);
    if (Number(await page.textContent('#shown')) !== expected) fail(`${what}: counter for ${owner}`);
  }
  await page.selectOption('#f-owner', '');

  // Filter by party: every visible cell has a duty of that party.
  await page.selectOption('#f-party', 'customer');
  const parties = await page.locator('td.cell:not(.dim)').evaluateAll((tds) => tds.map((td) => td.dataset.parties));
  if (parties.length === 0 || parties.some((p) => !p.split(' ').includes('customer'))) fail(`${what}: party filter`);
  await page.selectOption('#f-party', '');

  // A cell opens its duties and citation, in the page's language, inside the screen.
  const cell = page.locator('tr[data-control="information-backup"] td[data-service="object-storage"]');
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  const dialog = page.locator('dialog#detail');
  if (!(await dialog.isVisible())) fail(`${what}: the dialog did not open`);
  const detail = await dialog.innerText();
  const customer = lang === 'en' ? 'customer' : 'お客さま';
  if (!detail.includes('6.5.1') || !detail.includes(customer)) fail(`${what}: dialog text: ${detail.slice(0, 200)}`);
  const box = await dialog.boundingBox();
  if (box.x < 0 || box.x + box.width > width) fail(`${what}: the dialog is wider than the screen`);
  await checkWidth(page, `${what}, dialog open`);
  await page.click('#close');

  // The language switch shows the other language and hides this one, and back.
  const other = lang === 'en' ? 'ja' : 'en';
  await page.click('#lang');
  const shown = await page.locator(`tr[data-control="information-backup"] td:nth-child(2) .${other}`).isVisible();
  const hidden = await page.locator(`tr[data-control="information-backup"] td:nth-child(2) .${lang}`).isVisible();
  if (!shown || hidden) fail(`${what}: language switch`);
  const option = await page.locator('#f-owner option[value="customer"]').textContent();
  if (option !== (other === 'ja' ? 'お客さま' : 'customer')) fail(`${what}: filter options not switched: ${option}`);
  if (other === 'ja') checkJapanese(await visibleTexts(page), `${what}, switched to Japanese`);
  await checkWidth(page, `${what}, switched to ${other}`);
  await page.click('#lang');

  if (page.errors.length) fail(`${what}: page errors: ${page.errors.join('; ')}`);
  if (page.requests.length) fail(`${what}: network requests: ${page.requests.join(', ')}`);
}

try {
  for (const [lang, path] of [['en', page_en], ['ja', page_ja]]) {
    for (const width of WIDTHS) {
      const page = await open(path, width);
      await checkWidth(page, `${lang} at ${width}px`);
      if (width < 600) {
        // The grid scrolls inside its own box on a phone.
        const grid = await page.evaluate(() => { const g = document.querySelector('.grid'); return [g.scrollWidth, g.clientWidth]; });
        if (!(grid[0] > grid[1])) fail(`${lang} at ${width}px: expected the grid to scroll in its box (${grid})`);
      }
      if (lang === 'ja') checkJapanese(await visibleTexts(page), `ja at ${width}px`);
      await checkBehaviour(page, lang, width);
      await page.close();
    }
  }
  if (shot_desktop) {
    const page = await open(page_en, 1280);
    await page.locator('tr[data-control="information-backup"] td[data-service="object-storage"]').click();
    await page.screenshot({ path: shot_desktop });
    await page.close();
  }
  if (shot_phone) {
    const page = await open(page_ja, 390);
    await page.screenshot({ path: shot_phone });
    await page.close();
  }
  console.log(`ok: grid, filters, details dialog and language switch work in Chromium; no sideways scroll at ${WIDTHS.join(' and ')} px; Japanese mode is Japanese`);
} finally {
  await browser.close();
}
