/**
 * The main thread's work at a first visit, per build, from Chromium traces:
 *
 *   RUNS=5 npx tsx scripts/first-visit-trace.mts results dist /tmp/other-build
 *
 * For each run and each build (a directory like dist/, served compressed), a
 * fresh headless Chromium at a 412 × 823 phone viewport loads the page as a
 * first visit (for questionnaire and results: an assessment started and a
 * key element answered first, then the service worker and its caches
 * cleared) and traces it unthrottled. Prints per build the median of the
 * runs: all main-thread tasks, style and layout, paint, script (ms), and
 * the sum over tasks of (6 × duration − 50), a rough blocking time at 6×.
 * Builds are measured in turn, run by run, so a busy moment of the machine
 * falls on both. README, "Third pass".
 */
import puppeteer from 'puppeteer-core';
import { FORGET_SERVICE_WORKER } from './lib/service-worker.ts';
import { serveDist } from './lib/static-server.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const dirs = process.argv.slice(3);
const which = process.argv[2] ?? 'results';
if (!['home', 'questionnaire', 'results'].includes(which) || dirs.length === 0) throw new Error('usage: first-visit-trace.mts <home|questionnaire|results> <build dir>...');
const runs = Number(process.env.RUNS ?? 5);
const TRACE = join(tmpdir(), `first-visit-trace-${process.pid}.json`);
const out: Record<string, number[][]> = {};
for (let r = 0; r < runs; r++) for (const dir of dirs) {
  const server = await serveDist(4513, dir);
  const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: [...CHROMIUM_ARGS, '--headless=new'] });
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  let url = `${server.url}/`;
  if (which !== 'home') {
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.locator('#new-name').fill('Trace org');
    await page.locator('form button[type="submit"]').click();
    await page.waitForFunction(() => /\/assessments\/[^/]+\/[^/]+$/.test(location.pathname));
    await page.waitForSelector('fieldset.question input[type="radio"]');
    await page.$$eval('fieldset.question', (boxes) => { for (const b of boxes) (b.querySelectorAll<HTMLInputElement>('input[type="radio"]')[3])?.click(); });
    await new Promise((res) => setTimeout(res, 1000));
    const id = new URL(page.url()).pathname.split('/')[2];
    url = which === 'results' ? `${server.url}/assessments/${id}/results` : `${server.url}/assessments/${id}`;
    await page.evaluate(FORGET_SERVICE_WORKER);
  }
  await page.goto('about:blank');
  await page.tracing.start({ path: TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((res) => setTimeout(res, 1500));
  await page.tracing.stop();
  await browser.close(); await server.close();
  const ev = JSON.parse(readFileSync(TRACE, 'utf8')).traceEvents;
  const tids = new Set(ev.filter((e: any) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e: any) => e.pid + ':' + e.tid));
  const nav = ev.find((e: any) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http')) ?? ev.find((e: any) => e.name === 'ResourceSendRequest' && e.args?.data?.url === url);
  const main = ev.filter((e: any) => tids.has(e.pid + ':' + e.tid) && e.ts > nav.ts);
  const sum = (names: string[]) => main.filter((e: any) => names.includes(e.name)).reduce((n: number, e: any) => n + (e.dur ?? 0), 0) / 1000;
  const tasks = main.filter((e: any) => e.name === 'RunTask');
  const tbt6 = tasks.reduce((n: number, e: any) => n + Math.max(0, 6 * (e.dur ?? 0) / 1000 - 50), 0);
  (out[dir] ??= []).push([sum(['RunTask']), sum(['UpdateLayoutTree', 'Layout']), sum(['Paint', 'PrePaint']), sum(['FunctionCall', 'v8.evaluateModule', 'EvaluateScript']), tbt6]);
}
for (const [dir, rows] of Object.entries(out)) {
  const med = (i: number) => rows.map((r) => r[i]!).sort((a, b) => a - b)[Math.floor(rows.length / 2)]!.toFixed(0);
  console.log(dir, 'median of', rows.length, ': all tasks', med(0), 'style+layout', med(1), 'paint', med(2), 'script', med(3), 'sum(6d-50)', med(4));
}
rmSync(TRACE, { force: true });
