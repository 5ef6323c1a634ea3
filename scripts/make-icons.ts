/**
 * `npm run icons`: renders the app icons from the one SVG, public/icons/icon.svg,
 * in Chromium: 192 and 512 px, and a maskable 512 px whose artwork sits inside
 * the central safe zone on a full-bleed background. The PNGs are committed.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.mjs';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const BACKGROUND = '#084a8c';

const targets = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  { file: 'public/icons/icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  for (const { file, size, maskable } of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // A maskable icon may be cropped to a circle of 80 % of its size: keep the artwork within it.
    const artwork = maskable ? Math.round(size * 0.7) : size;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? BACKGROUND : 'transparent'}">` +
        svg.replace('<svg ', `<svg width="${artwork}" height="${artwork}" `) +
        '</body>',
    );
    await page.screenshot({ path: file, omitBackground: !maskable });
    await page.close();
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
