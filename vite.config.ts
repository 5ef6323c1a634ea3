/// <reference types="vitest/config" />
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { shippedModelsIndex } from './scripts/lib/models-index.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * The app loads nothing from other origins and runs no inline script.
 * The policy ships in the page (so it holds on any static host) and is
 * also sent as a header by `npm start`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="utf-8" />';
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, before any script or style it governs.
    transformIndexHtml: (html) =>
      html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * The service worker precaches the app shell and every shipped model, so
 * after one visit the app works with no network. It waits to take over
 * until the person agrees (`registerType: 'prompt'`, see src/pwa/).
 */
const serviceWorker = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  strategies: 'generateSW',
  filename: 'sw.js',
  manifestFilename: 'manifest.webmanifest',
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: 'ICT governance self-assessment',
    short_name: 'ICT governance',
    description:
      'Assess how your organization governs ICT: a guided questionnaire and scores against the key elements of effective governance, kept on this device and usable offline.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#084a8c',
    background_color: '#f4f6f8',
    categories: ['business', 'productivity'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    // .json covers the shipped models (assets/*.json), fetched at run time.
    globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
    // A model's language slices (src/model/slice.ts) are not precached: six more files per model for a
    // first visit to download; a page offline without its slice reads the model's checked copy, which is.
    // A slice read online is kept (its name changes with its bytes).
    globIgnores: ['**/.vite/**', 'screenshots/**', 'manifest.webmanifest', '**/*.{en,fr,es,ar,zh,ru}.checked-*.json'],
    runtimeCaching: [
      {
        urlPattern: /\/assets\/[^/]+\.(en|fr|es|ar|zh|ru)\.checked-[0-9a-f]{12}\.json$/,
        handler: 'CacheFirst',
        options: { cacheName: 'model-slices', expiration: { maxEntries: 24 } },
      },
    ],
    navigateFallback: '/index.html',
    // The first visit is controlled at once (there is no older version to
    // protect); later versions wait for the person's consent.
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  },
  devOptions: { enabled: false },
});

const CORE_MODULES = new RegExp(
  [
    String.raw`node_modules/(preact|preact-iso|idb|zod|canonicalize)/`,
    String.raw`src/storage/(index|db|changes|errors|assessments|models|persistence|limits)\.ts$`,
    String.raw`src/i18n/(index|en|languages|parts)\.ts$`,
    String.raw`src/(assessment/schema|panel/asked|model/(schema|version)|exchange/(model-identity|canonical)|pwa/(register|settle))\.ts$`,
    String.raw`src/ui/(App\.tsx|(hooks|models|model-text|language|navigation|unsaved)\.ts|components/(StatusBar|StorageNotices|UpdatePrompt|LanguageSwitcher|AssessmentNotFound)\.tsx)$`,
  ].join('|'),
);

export default defineConfig({
  plugins: [preact(), contentSecurityPolicy(), shippedModelsIndex(), serviceWorker],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.APP_VERSION ?? version),
  },
  build: {
    target: 'es2022',
    manifest: true,
    // What every page needs at start (Preact, the English catalog, storage and the schemas it checks) in one
    // chunk: storage loads keys and backups when first used, and without this the first visit would fetch the
    // same code cut into several smaller, less compressible files. The table of message parts is in it, so a
    // page's parts are asked for with the page's code; workbox-window is not: it loads once the page has
    // settled (src/pwa/register.ts).
    rollupOptions: { output: { manualChunks: (id) => (CORE_MODULES.test(id) ? 'core' : undefined) } },
  },
  preview: {
    host: 'localhost',
    port: Number(process.env.PORT ?? 4173),
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
