import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  url: string;
  bytes: number;
  gzipBytes: number;
}

/** The budget for the JavaScript a first visit needs to show the questionnaire, gzipped. */
export const QUESTIONNAIRE_JS_BUDGET_BYTES = 45 * 1024;

/**
 * Opens `url` in `page` with the HTTP cache off, as a first visit would, and
 * returns every script it loaded with its size, gzipped at level 9 (what a
 * static server would send), once `ready` resolves.
 */
export async function measureFirstVisitScripts(page: Page, url: string, ready: () => Promise<unknown>): Promise<ScriptSize[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts: Promise<ScriptSize>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    // A worker that has already ended takes its response body with it: the same file, fetched again.
    const body = response.body().catch(() => page.context().request.get(response.url()).then((again) => again.body()));
    scripts.push(body.then((bytes) => ({ url: response.url(), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length })));
  });
  await page.goto(url);
  await ready();
  await cdp.detach();
  return Promise.all(scripts);
}

export function totalGzip(scripts: ScriptSize[]): number {
  return scripts.reduce((n, s) => n + s.gzipBytes, 0);
}
