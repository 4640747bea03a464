// End-to-end tests of the explorer: a real hkgraph (`hkgraph dev`: its own Neo4j on free
// ports in a temp dir, migrated and seeded) driven through Debian's Chromium by
// playwright-core. Screenshots go to .e2e/ at the repository root.
//
//   node e2e/run.mjs            (make e2e builds bin/hkgraph and devdb first)
//   E2E_URL=http://127.0.0.1:8080 node e2e/run.mjs   against a running server (no live test)
//   (E2E_EDITOR_KEY=KEY for the tests that need an editor there; E2E_ONLY=regexp for some tests)
import { spawn, execFile } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const shots = path.join(repo, '.e2e');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

fs.mkdirSync(shots, { recursive: true });
for (const f of fs.readdirSync(shots)) if (f.startsWith('fail-')) fs.rmSync(path.join(shots, f));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(base, server, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`hkgraph dev exited with ${server.exitCode}; see .e2e/server.log`);
    try {
      const r = await fetch(`${base}/readyz`);
      if (r.ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} was not ready after ${seconds}s; see .e2e/server.log`);
}

async function api(base, query, variables = {}, key = '') {
  const headers = { 'Content-Type': 'application/json' };
  if (key) headers.Authorization = `Bearer ${key}`;
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// ---- the server ----

let server;
let dataDir;
let base = process.env.E2E_URL;
let boltPort;
if (!base) {
  boltPort = await freePort();
  const httpPort = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkgraph-e2e-'));
  base = `http://127.0.0.1:${httpPort}`;
  const env = { ...process.env, NEO4J_BOLT_PORT: String(boltPort), HKGRAPH_DATA_DIR: dataDir, HKGRAPH_ADDR: `127.0.0.1:${httpPort}`, HKGRAPH_LOG_FORMAT: 'text' };
  delete env.NEO4J_URI; // dev starts its own Neo4j only when NEO4J_URI is unset
  delete env.NEO4J_PASSWORD;
  const log = fs.openSync(path.join(shots, 'server.log'), 'w');
  server = spawn(path.join(repo, 'bin/hkgraph'), ['dev'], { cwd: repo, env, stdio: ['ignore', log, log] });
  console.log(`e2e: hkgraph dev on ${base}, Neo4j on ${boltPort}, data in ${dataDir}`);
}

async function stopServer() {
  if (server && server.exitCode === null) {
    server.kill('SIGINT'); // dev stops its Neo4j on the way out
    const t = setTimeout(() => server.kill('SIGKILL'), 45_000);
    await once(server, 'exit').catch(() => {});
    clearTimeout(t);
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void stopServer().then(() => process.exit(130)));

// ---- the tests ----

const results = [];
let page;
const consoleErrors = [];

// E2E_ONLY=regexp runs only the tests whose names match (while developing one).
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;

async function test(name, fn) {
  if (only && !only.test(name)) return;
  const start = Date.now();
  try {
    await fn();
    results.push([name, true]);
    console.log(`ok   ${name} (${Date.now() - start} ms)`);
  } catch (e) {
    results.push([name, false]);
    console.log(`FAIL ${name}: ${e.message}`);
    await page?.screenshot({ path: path.join(shots, `fail-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
  }
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const X = (expr, ...args) => page.evaluate(expr, ...args);
const nodes = () => X(() => window.hkgraphExplorer.nodes());
const settled = () => page.waitForFunction(() => window.hkgraphExplorer?.settled(), null, { timeout: 30_000 });

let browser;
try {
  await waitReady(base, server, 300);
  let editorKey = process.env.E2E_EDITOR_KEY || ''; // with E2E_URL: a key of that server's
  if (server) {
    const { stdout } = await promisify(execFile)(path.join(repo, 'bin/hkgraph'), ['apikey', 'create', '--role', 'editor', '--name', 'e2e'],
      { cwd: repo, env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, NEO4J_PASSWORD: '', HKGRAPH_LOG_FORMAT: 'text' } });
    editorKey = stdout.trim();
  }

  // Neo4j plans each query the first time it sees it, which on a cold, busy machine can take
  // seconds: run the explorer's queries once so the browser tests time the UI, not the planner.
  const warm = ['{ search(query: "數碼港", first: 8) { entity { id } } }',
    '{ neighborhood(id: "cyberport", hops: 1, limit: 150) { entities { id } relationships { id } } }',
    '{ entity(id: "cyberport") { id relationships(first: 100) { totalCount edges { node { id } } } } }',
    '{ paths(from: "john-lee", to: "biomap", k: 3, maxHops: 6) { length } }'];
  for (const q of warm) {
    for (let i = 0; ; i++) {
      try {
        await api(base, q);
        break;
      } catch (e) {
        if (i === 4) throw e;
      }
    }
  }

  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) consoleErrors.push(`${r.status()} ${r.url()}`);
  });

  await test('search 數碼港 and open Cyberport', async () => {
    await page.goto(`${base}/explore/`);
    await page.getByRole('combobox', { name: /Search entities/ }).fill('數碼港');
    const option = page.getByRole('option', { name: /Hong Kong Cyberport Management Company Limited/ });
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    await page.locator('#panel-title', { hasText: 'Hong Kong Cyberport Management Company Limited' }).waitFor({ timeout: 30_000 });
    assert(new URL(page.url()).searchParams.get('entity') === 'cyberport', `URL ${page.url()} does not name cyberport`);
  });

  await test('the graph draws Cyberport’s neighbours', async () => {
    await settled();
    const ids = await nodes();
    const want = await api(base, '{ neighborhood(id: "cyberport", hops: 1, limit: 150) { entities { id } } }');
    assert(ids.length === want.neighborhood.entities.length, `${ids.length} nodes on screen, the API has ${want.neighborhood.entities.length}`);
    for (const id of ['cyberport', 'hong-kong', 'ai-supercomputing-centre']) assert(ids.includes(id), `${id} is not drawn`);
    assert((await X(() => window.hkgraphExplorer.edges())).length >= ids.length - 1, 'too few edges');
    assert((await page.locator('#entity-list li').count()) === ids.length, 'the list view differs from the graph');
    await page.screenshot({ path: path.join(shots, 'explorer-1280.png') });
  });

  await test('clicking a node expands its neighbours', async () => {
    const before = await nodes();
    const at = await X(() => window.hkgraphExplorer.pagePosition('hong-kong'));
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((n) => window.hkgraphExplorer.nodes().length > n, before.length, { timeout: 30_000 });
    await page.locator('#panel-title', { hasText: 'Hong Kong' }).waitFor();
    const after = await nodes();
    assert(after.length > before.length, `still ${after.length} nodes`);
    assert(before.every((id) => after.includes(id)), 'expanding removed nodes');
    assert(new URL(page.url()).searchParams.get('expand') === 'hong-kong', `URL ${page.url()} lacks expand=hong-kong`);
    await settled();
    await page.screenshot({ path: path.join(shots, 'expanded.png') });
  });

  await test('the side panel highlights each citation’s quote in its context', async () => {
    await page.getByRole('button', { name: /Hong Kong Cyberport Management/ }).first().click();
    await page.locator('#panel-title', { hasText: 'Hong Kong Cyberport Management Company Limited' }).waitFor();
    const want = await api(base, '{ entity(id: "cyberport") { citations { quote context } } }');
    const cites = page.locator('#panel details.sources[open] .citation');
    await cites.first().waitFor();
    assert((await cites.count()) === want.entity.citations.length, 'not every citation is shown');
    for (let i = 0; i < want.entity.citations.length; i++) {
      const c = want.entity.citations[i];
      const mark = await cites.nth(i).locator('mark.quote').innerText();
      const context = await cites.nth(i).locator('.context').innerText();
      assert(mark === c.quote, `highlight “${mark}” is not the quote “${c.quote}”`);
      assert(context === c.context, `context “${context}” is not “${c.context}”`);
    }
    const names = await page.locator('#panel dl.names').innerText();
    for (const n of ['香港數碼港管理有限公司', '香港数码港管理有限公司']) assert(names.includes(n), `names lack ${n}`);
    assert(await page.locator('#panel').getByText('Cyberport', { exact: true }).count() > 0, 'aliases missing');
    assert((await page.locator('#panel .figures li').count()) > 0, 'figures missing');
    assert((await page.locator('#panel .relgroup h4').count()) > 3, 'relationships are not grouped by type');
  });

  await test('a relationship’s sources load on demand', async () => {
    const details = page.locator('#panel .relgroup details.sources').first();
    await details.locator('summary').click();
    await details.locator('mark.quote').first().waitFor({ timeout: 30_000 });
  });

  if (editorKey) {
    await test('with an API key, a citation is highlighted in the whole document', async () => {
      await page.locator('#settings summary').click();
      await page.getByLabel(/API key or token/).fill(editorKey);
      await page.getByRole('button', { name: 'Use for this tab' }).click();
      await page.locator('#status', { hasText: 'API key set' }).waitFor(); // the panel was reloaded with it
      await page.locator('#settings summary').click();
      const cite = page.locator('#panel details.sources[open] .citation').nth(1);
      await cite.getByRole('button', { name: 'Show in the whole document' }).click();
      const whole = cite.locator('.document .whole');
      await whole.waitFor({ timeout: 30_000 });
      const quote = await cite.locator('blockquote mark.quote').innerText();
      assert((await whole.locator('mark.quote').innerText()) === quote, 'the span in the document is not the quote');
      assert((await whole.innerText()).length > 1000, 'the whole document is not shown');
    });
  }

  await test('kind filter hides places; depth 2 draws more', async () => {
    await page.locator('#filters summary').click();
    const places = (await nodes()).filter((id) => ['hong-kong', 'shenzhen', 'japan'].includes(id));
    assert(places.length > 0, 'no places on screen to hide');
    await page.getByRole('checkbox', { name: /^Place/ }).uncheck();
    await page.waitForFunction(() => !window.hkgraphExplorer.nodes().includes('japan'));
    assert(new URL(page.url()).searchParams.get('kinds')?.includes('PLACE') === false, 'URL keeps PLACE');
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.locator('#filters summary').click();
    const before = (await nodes()).length;
    await page.getByLabel(/Depth/).selectOption('2');
    await page.waitForFunction((n) => window.hkgraphExplorer.nodes().length > n, before, { timeout: 30_000 });
    assert(new URL(page.url()).searchParams.get('depth') === '2', 'URL lacks depth=2');
  });

  await test('the URL restores the view', async () => {
    const url = page.url();
    const p2 = await context.newPage();
    p2.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
    await p2.goto(url);
    await p2.locator('#panel-title').waitFor({ timeout: 30_000 });
    await p2.waitForFunction(() => window.hkgraphExplorer.nodes().length > 50, null, { timeout: 30_000 });
    assert((await p2.getByLabel(/Depth/).inputValue()) === '2', 'depth not restored');
    await p2.close();
  });

  await test('the path finder highlights the shortest paths', async () => {
    await page.getByLabel(/Depth/).selectOption('1');
    await page.locator('#pathfinder summary').click();
    const from = page.getByRole('combobox', { name: 'From', exact: true });
    await from.fill('李家超');
    await page.getByRole('option', { name: /John Lee/ }).click();
    await page.getByRole('combobox', { name: 'To', exact: true }).fill('BioMap');
    await page.getByRole('option', { name: /BioMap/ }).click();
    await page.getByRole('button', { name: 'Show shortest paths' }).click();
    const first = page.locator('#panel ol.paths li').first();
    await first.waitFor({ timeout: 30_000 });
    const text = await first.innerText();
    assert(text.startsWith('5 hops') && text.includes('John Lee') && text.includes('BioMap'), `path text: ${text}`);
    const lit = await X(() => window.hkgraphExplorer.withClass('path'));
    for (const id of ['john-lee', 'biomap', 'hkic']) assert(lit.includes(id), `${id} is not highlighted (${lit})`);
    assert(lit.filter((id) => id.startsWith('rel:')).length >= 5, 'path edges are not highlighted');
    assert(new URL(page.url()).searchParams.get('path') === 'john-lee,biomap', `URL ${page.url()}`);
    await settled();
    await page.waitForTimeout(600); // the zoom to the paths
    await page.screenshot({ path: path.join(shots, 'path.png') });
    await page.getByRole('button', { name: 'Clear the highlight' }).click();
  });

  if (editorKey) {
    await test('a change to an entity on screen updates the view', async () => {
      await page.getByRole('combobox', { name: /Search entities/ }).fill('Votee');
      await page.getByRole('option', { name: /Votee AI/ }).click();
      await page.waitForFunction(() => window.hkgraphExplorer.nodes().includes('cyberport'));
      await settled();
      await page.waitForTimeout(500); // the subscription is open
      await api(base, `mutation { upsertEntity(input: { id: "votee-ai", kind: ORGANIZATION, name: "Votee AI (renamed live)",
        source: { url: "https://example.org/e2e", quote: "Votee AI renamed for the e2e test" } }) { id version } }`, {}, editorKey);
      await page.waitForFunction(() => window.hkgraphExplorer.label('votee-ai') === 'Votee AI (renamed live)', null, { timeout: 30_000 });
      await page.locator('#panel-title', { hasText: 'Votee AI (renamed live)' }).waitFor({ timeout: 30_000 });
      await page.locator('#status', { hasText: 'changed just now' }).waitFor();
    });
  }

  await test('exports: PNG, JSON and GraphML of the visible subgraph', async () => {
    await page.locator('#export summary').click();
    const visible = (await nodes()).length;
    for (const [button, check] of [
      ['PNG', (b) => b.subarray(1, 4).toString() === 'PNG' && b.length > 10_000],
      ['JSON', (b) => JSON.parse(b.toString()).entities.length === visible],
      ['GraphML', (b) => (b.toString().match(/<node /g) || []).length === visible],
    ]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
      const file = path.join(shots, download.suggestedFilename());
      await download.saveAs(file);
      assert(check(fs.readFileSync(file)), `${button} export is wrong (${file})`);
    }
    await page.locator('#export summary').click();
  });

  await test('keyboard: search, pick with arrows and Enter', async () => {
    await page.goto(`${base}/explore/`);
    await page.keyboard.press('Tab'); // the skip link
    const input = page.getByRole('combobox', { name: /Search entities/ });
    await input.focus();
    await page.keyboard.type('hkic');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.locator('#panel-title', { hasText: 'Hong Kong Investment Corporation' }).waitFor({ timeout: 30_000 });
    const unlabeled = await X(() => [...document.querySelectorAll('input, select, button')].filter((el) => {
      const e = el;
      return !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim());
    }).map((e) => e.outerHTML.slice(0, 80)));
    assert(unlabeled.length === 0, `controls without a label: ${unlabeled}`);
  });

  await test('a phone-sized viewport', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    p.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
    await p.goto(`${base}/explore/?entity=cyberport`);
    await p.locator('#panel-title').waitFor({ timeout: 30_000 });
    await p.waitForFunction(() => window.hkgraphExplorer.settled(), null, { timeout: 30_000 });
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    assert(await p.getByRole('combobox', { name: /Search entities/ }).isVisible(), 'search is hidden');
    await p.screenshot({ path: path.join(shots, 'explorer-phone.png') });
    await phone.close();
  });

  if (editorKey) {
    // The review page, on a Traditional Chinese article (Hong Kong usage: 港元, 「」 and 數碼港).
    const article = {
      title: '智語科技完成5,000萬港元A輪融資',
      published: '2024-06-12',
      url: 'https://example.org/news/zhiyu-series-a',
      text: '香港人工智能初創公司智語科技有限公司今日宣布完成5,000萬港元A輪融資。本輪融資由維港資本領投，晨曦創投基金參投。'
        + '智語科技於2021年加入數碼港培育計劃，並於今年3月進駐香港科學園。公司創辦人兼行政總裁陳家明表示，新資金將用於擴展大灣區業務。',
    };
    const PROPOSALS = `query($d: ID!) { proposals(documentId: $d, first: 100) { totalCount edges { node {
      id kind status resultId citation { start end quote }
      relationship { type from { name entity { id } proposal { id } } to { name entity { id } } amount currency }
      entity { name } } } } }`;
    const proposals = async (doc) => (await api(base, PROPOSALS, { d: doc }, editorKey)).proposals.edges.map((e) => e.node);
    const current = () => page.locator('li.proposal.current');
    // Moves the current proposal with the arrow keys until its title matches.
    const moveTo = async (re) => {
      for (let i = 0; i < 30; i++) {
        if (re.test(await current().locator('.proposal-title').innerText())) return;
        await page.keyboard.press('ArrowDown');
      }
      throw new Error(`no proposal matches ${re}`);
    };
    let docId = '';

    await test('review: add a Traditional Chinese source; its proposals are listed beside the text, each span highlighted', async () => {
      await page.goto(`${base}/explore/`);
      await page.evaluate((k) => sessionStorage.setItem('hkgraph.explorer.apiKey', k), editorKey);
      await page.getByRole('link', { name: 'Add a source' }).click();
      await page.getByRole('heading', { name: 'Add a source' }).waitFor();
      await page.getByLabel('Title', { exact: true }).fill(article.title);
      await page.getByLabel('Language', { exact: true }).selectOption('zh-Hant');
      await page.getByLabel('Published', { exact: true }).fill(article.published);
      await page.getByLabel('URL', { exact: true }).fill(article.url);
      await page.getByLabel('Text', { exact: true }).fill(article.text);
      await page.getByRole('button', { name: 'Add and extract proposals' }).click();
      await page.locator('#review-title', { hasText: article.title }).waitFor({ timeout: 60_000 });
      docId = new URL(page.url()).searchParams.get('review');
      assert(/^doc:[0-9a-f]{16}$/.test(docId), `URL ${page.url()} does not name the document`);
      const want = await proposals(docId);
      assert(want.length >= 4, `the extractor proposed only ${want.length}`);
      await current().waitFor();
      assert((await page.locator('li.proposal').count()) === want.length, 'not every proposal is listed');
      assert((await page.locator('.review-text').innerText()) === article.text, 'the text shown is not the document');
      // Every proposal's span is highlighted, and the marks for it spell its quote.
      for (const p of want) {
        const quote = (await page.locator('mark.span').evaluateAll((ms, id) =>
          ms.filter((m) => m.dataset.ids.split(' ').includes(id)).map((m) => m.textContent).join(''), p.id));
        assert(quote === p.citation.quote, `proposal ${p.id}: highlighted “${quote}”, its quote is “${p.citation.quote}”`);
      }
      assert(await page.locator('mark.span.current').count() > 0, 'the current proposal’s span is not lit');
      await page.screenshot({ path: path.join(shots, 'review.png') });
    });

    await test('review: without an editor’s key the review page says what is needed', async () => {
      const p = await context.newPage(); // a new tab: no API key in its session
      p.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
      await p.goto(`${base}/explore/?review=${docId}`);
      await p.locator('#review-body .error', { hasText: /editor’s or admin’s API key/ }).waitFor({ timeout: 30_000 });
      await p.close();
    });

    await test('review: accept by keyboard; the accepted fact and its new entity are in the graph at once', async () => {
      await moveTo(/participated in → .*數碼港培育計劃/);
      // The proposal and its startup's entity proposal are found by what they say, not by position
      // or by the name the extractor gives the new entity (智語科技 or 智語科技有限公司).
      const id = await current().getAttribute('data-id');
      const before = (await proposals(docId)).find((p) => p.id === id);
      assert(before?.relationship?.type === 'PARTICIPATED_IN' && before.relationship.to.name === '數碼港培育計劃',
        `the current proposal is not the participation: ${JSON.stringify(before)}`);
      const endProposal = before.relationship.from.proposal?.id;
      assert(endProposal && !before.relationship.from.entity, `its startup is not a pending entity proposal: ${JSON.stringify(before.relationship.from)}`);
      await page.keyboard.press('a');
      await page.locator('#review-status', { hasText: /^Accepted: / }).waitFor({ timeout: 60_000 });
      const after = await proposals(docId);
      const rel = after.find((p) => p.id === id);
      assert(rel.status === 'ACCEPTED' && rel.resultId, `the relationship is ${rel.status}`);
      const startup = rel.relationship.from.entity?.id;
      assert(startup, 'its pending end was not accepted with it');
      const end = after.find((p) => p.id === endProposal);
      assert(end?.status === 'ACCEPTED' && end.resultId === startup && end.entity.name.includes('智語科技'),
        `the end’s entity proposal is not accepted as the startup: ${JSON.stringify(end)}`);
      const card = page.locator(`li.proposal.accepted[data-id="${id}"]`);
      await card.getByRole('button', { name: 'Show in the graph' }).click();
      await page.waitForFunction((ids) => ids.every((id) => window.hkgraphExplorer.nodes().includes(id)),
        [startup, 'cyberport-incubation-programme'], { timeout: 30_000 });
      assert((await X(() => window.hkgraphExplorer.edges())).includes(rel.resultId), `edge ${rel.resultId} is not drawn`);
      await page.locator('#panel-title', { hasText: 'participated in' }).waitFor({ timeout: 30_000 });
      await page.goBack();
      await page.locator('#review-title', { hasText: article.title }).waitFor({ timeout: 30_000 });
    });

    await test('review: edit by keyboard (an end found through search, the amount), then accept', async () => {
      await current().waitFor();
      await moveTo(/晨曦創投基金.*invested in/);
      const id = await current().getAttribute('data-id');
      await page.keyboard.press('e');
      const form = current().locator('form.edit-form');
      await form.waitFor();
      const from = form.getByRole('combobox', { name: /^From/ });
      await from.fill('HKIC');
      await form.getByRole('option', { name: /Hong Kong Investment Corporation/ }).waitFor({ timeout: 30_000 });
      await from.press('Enter');
      await form.getByLabel('Amount', { exact: true }).fill('50000000');
      await form.getByLabel('Currency', { exact: true }).fill('HKD');
      await form.getByLabel('Currency', { exact: true }).press('Enter');
      await page.locator('#review-status', { hasText: /^Accepted: / }).waitFor({ timeout: 60_000 });
      const rel = (await proposals(docId)).find((p) => p.id === id);
      assert(rel.status === 'ACCEPTED' && rel.resultId, `the edited proposal: ${JSON.stringify(rel)}`);
      const written = await api(base, 'query($id: ID!) { relationship(id: $id) { from { id } amount currency amountHKD } }', { id: rel.resultId });
      assert(written.relationship?.from.id === 'hkic' && written.relationship.amountHKD === 5e7, `written: ${JSON.stringify(written)}`);
      // The details panel states the fact's status and the amount as given (issue 13's fields).
      await page.locator(`li.proposal[data-id="${id}"]`).getByRole('button', { name: 'Show in the graph' }).click();
      await page.locator('#panel-title', { hasText: 'invested in' }).waitFor({ timeout: 30_000 });
      const facts = await page.locator('#panel dl.facts').innerText();
      assert(/Status\s+Current/.test(facts) && facts.includes('HK$50 million'), `the relationship's facts: ${facts}`);
      await page.goBack();
      await page.locator('#review-title', { hasText: article.title }).waitFor({ timeout: 30_000 });
    });

    await test('review: a proposal’s round, lead and status are shown; edited by keyboard, they are in the graph', async () => {
      await current().waitFor();
      await moveTo(/維港資本.*invested in/);
      const id = await current().getAttribute('data-id');
      const details = () => current().locator('.proposal-details').innerText();
      assert((await details()).includes('Series A · led the round'), `the proposal's details: ${await details()}`);
      await page.keyboard.press('e');
      const form = current().locator('form.edit-form');
      await form.waitFor();
      const [type, status, round, lead] = ['Type', 'Status', 'Round', 'Lead'].map((l) => form.getByLabel(new RegExp(`^${l}`)));
      assert((await status.inputValue()) === 'CURRENT' && (await round.inputValue()) === 'SERIES_A' && (await lead.inputValue()) === 'true',
        'the editor does not start on the proposed status, round and lead');
      // Round and lead are an investment's: another type disables them.
      await type.selectOption('PARTNERED_WITH');
      assert(await round.isDisabled() && await lead.isDisabled(), 'round and lead stay editable on a partnership');
      await type.selectOption('INVESTED_IN');
      assert(await round.isEnabled() && await lead.isEnabled(), 'round and lead stay disabled on an investment');
      await status.selectOption('PLANNED');
      await round.selectOption('SERIES_B');
      await form.getByRole('button', { name: 'Accept with these changes' }).press('Enter');
      await page.locator('#review-status', { hasText: /^Accepted: / }).waitFor({ timeout: 60_000 });
      const rel = (await proposals(docId)).find((p) => p.id === id);
      assert(rel.status === 'ACCEPTED' && rel.resultId, `the edited proposal: ${JSON.stringify(rel)}`);
      const written = await api(base, 'query($id: ID!) { relationship(id: $id) { status round lead } }', { id: rel.resultId });
      const w = written.relationship;
      assert(w?.status === 'PLANNED' && w.round === 'SERIES_B' && w.lead === true, `written: ${JSON.stringify(written)}`);
      const card = page.locator(`li.proposal.accepted[data-id="${id}"]`);
      await card.waitFor();
      await card.getByRole('button', { name: 'Show in the graph' }).click();
      await page.locator('#panel-title', { hasText: 'invested in' }).waitFor({ timeout: 30_000 });
      const facts = await page.locator('#panel dl.facts').innerText();
      assert(/Status\s+Planned/.test(facts) && /Round\s+Series B/.test(facts) && /Lead\s+Led the round/.test(facts), `the relationship's facts: ${facts}`);
      await page.waitForFunction((e) => window.hkgraphExplorer.edges().includes(e), rel.resultId, { timeout: 30_000 });
      await page.goBack();
      await page.locator('#review-title', { hasText: article.title }).waitFor({ timeout: 30_000 });
    });

    await test('review: reject by keyboard; nothing is written', async () => {
      await current().waitFor();
      await moveTo(/located in → 香港科學園/);
      const id = await current().getAttribute('data-id');
      await page.keyboard.press('r');
      await page.locator('#review-status', { hasText: /^Rejected: / }).waitFor({ timeout: 60_000 });
      const p = (await proposals(docId)).find((x) => x.id === id);
      assert(p.status === 'REJECTED' && !p.resultId, `the rejected proposal: ${JSON.stringify(p)}`);
      await page.locator(`li.proposal.rejected[data-id="${id}"]`).waitFor();
    });
  }

  await test('no console errors', async () => {
    assert(consoleErrors.length === 0, consoleErrors.join('\n'));
  });
} catch (e) {
  results.push(['setup', false]);
  console.log(`FAIL setup: ${e.stack || e}`);
} finally {
  await browser?.close().catch(() => {});
  await stopServer();
}

const passed = results.filter(([, ok]) => ok).length;
const failed = results.length - passed;
console.log(`e2e: ${passed} passed, ${failed} failed (screenshots in .e2e/)`);
process.exit(failed ? 1 : 0);
