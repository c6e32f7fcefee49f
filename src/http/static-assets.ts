import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/**
 * The built UI (web/dist), compressed and cached the way a CDN would serve it:
 * - files under assets/ carry a content hash in their name (Vite), so they are cached for a year, immutable;
 * - index.html (and `/`) must be revalidated on every load (no-cache, with an ETag), so a new build is seen at once;
 * - text files are sent brotli- or gzip-compressed when the browser accepts it. Compression runs once per file on
 *   the thread pool (zlib's async API), never on the event loop, and the result is kept in memory.
 * Anything not found falls through (to /api, /v2 or a 404).
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map', '.ttf', '.ico']);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

interface Entry {
  mtimeMs: number;
  size: number;
  etag: string;
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

export function staticAssets(root: string) {
  const base = path.resolve(root);
  const cache = new Map<string, Promise<Entry>>();

  async function load(file: string, stat: fs.Stats): Promise<Entry> {
    const raw = await fs.promises.readFile(file);
    const etag = `"${createHash('sha1').update(raw).digest('base64url').slice(0, 22)}"`;
    const entry: Entry = { mtimeMs: stat.mtimeMs, size: stat.size, etag, raw };
    if (COMPRESSIBLE.has(path.extname(file)) && raw.length > 1024) {
      [entry.br, entry.gzip] = await Promise.all([
        brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
        gzip(raw, { level: 9 }),
      ]);
    }
    return entry;
  }

  async function entryFor(file: string): Promise<Entry | undefined> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch {
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    const cached = cache.get(file);
    if (cached) {
      const entry = await cached.catch(() => undefined);
      // A rebuild while running (development) replaces files: serve the new one.
      if (entry && entry.mtimeMs === stat.mtimeMs && entry.size === stat.size) return entry;
    }
    const loading = load(file, stat);
    cache.set(file, loading);
    loading.catch(() => cache.delete(file));
    return loading;
  }

  function resolve(urlPath: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
    const file = path.resolve(base, `.${path.posix.normalize(`/${relative}`)}`);
    if (file !== base && !file.startsWith(base + path.sep)) return undefined;
    // No dot-files (.gitkeep, editor leftovers).
    if (path.relative(base, file).split(path.sep).some((part) => part.startsWith('.'))) return undefined;
    return file;
  }

  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const urlPath = req.path;
    if (urlPath.startsWith('/api/') || urlPath === '/api' || urlPath.startsWith('/v2/')) return next();
    const file = resolve(urlPath);
    if (!file) return next();
    entryFor(file).then(
      (entry) => {
        if (!entry) return next();
        const ext = path.extname(file);
        const immutable = path.relative(base, file).split(path.sep)[0] === 'assets';
        res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', immutable ? IMMUTABLE : REVALIDATE);
        res.setHeader('ETag', entry.etag);
        if (entry.br || entry.gzip) res.setHeader('Vary', 'Accept-Encoding');
        if (req.headers['if-none-match'] === entry.etag) {
          res.status(304).end();
          return;
        }
        const accepts = String(req.headers['accept-encoding'] ?? '');
        let body = entry.raw;
        if (entry.br && /\bbr\b/.test(accepts)) {
          body = entry.br;
          res.setHeader('Content-Encoding', 'br');
        } else if (entry.gzip && /\bgzip\b/.test(accepts)) {
          body = entry.gzip;
          res.setHeader('Content-Encoding', 'gzip');
        }
        res.setHeader('Content-Length', String(body.length));
        res.status(200);
        if (req.method === 'HEAD') res.end();
        else res.end(body);
      },
      (err) => next(err),
    );
  };
}
