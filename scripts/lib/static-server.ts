/**
 * A small static server for the production build (`dist/`) that compresses
 * like a real host: brotli when the browser accepts it, else gzip. `vite
 * preview` sends files uncompressed, which is not what a person gets from
 * any static host, so Lighthouse measures against this server instead.
 * Paths that are no file get `index.html` (the app routes in the browser).
 */
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Every file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on localhost:`port` until closed. Every file is compressed
 * before the server listens, as a host compresses at deploy time: the time
 * to the first byte is the network's, not the compressor's.
 */
export async function serveDist(port: number, root = 'dist'): Promise<StaticServer> {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) throw new Error(`${root}/index.html is missing: build first (npx vite build)`);
  const compressed = new Map<string, Buffer>();
  await Promise.all(
    filesUnder(base)
      .filter((file) => COMPRESSIBLE.has(extname(file)))
      .map(async (file) => {
        const raw = readFileSync(file);
        // The highest brotli level for what a page waits for; a quicker one for the large models, fetched only when used.
        const quality = raw.length < 256 * 1024 ? 11 : 6;
        compressed.set(`br:${file}`, await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
        compressed.set(`gzip:${file}`, await gzipped(raw, { level: 9 }));
      }),
  );
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) file = join(base, 'index.html');
    const ext = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // Hashed assets never change; the page, the service worker and the manifest are revalidated.
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(ext) ? undefined : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    if (!encoding) {
      response.writeHead(200, headers);
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
      return;
    }
    const body = compressed.get(`${encoding}:${file}`)!;
    response.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise<StaticServer>((done, fail) => {
    server.once('error', fail);
    server.listen(port, 'localhost', () =>
      done({
        url: `http://localhost:${port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      }),
    );
  });
}
