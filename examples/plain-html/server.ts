/**
 * The example's server: the static page (with a strict Content-Security-Policy
 * on every response), the embed's standalone bundles and their city chunks
 * (`chunks/…`, loaded by a bundle with import()) under /embed/, and the API
 * the page posts to: `POST /api/<leave|agenda|document>` with `{ city, data }`,
 * validated again with @city-forms/rules on the server's own clock:
 * 201 `{ id, derived }` when accepted, 422 `{ message, issues }` when not.
 * No framework, no database (submissions are kept in memory).
 *
 * `pnpm start` (builds the embed first), then open http://localhost:8080/.
 * @module
 */
import { validate, type FormId } from '@city-forms/rules';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

/** The policy of every response: no inline script or style, no eval, same origin only. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The page's own files (nothing else of this folder is served). */
const PAGE_FILES = ['index.html', 'app.js', 'host.css'];
const FORMS: readonly FormId[] = ['leave', 'agenda', 'document'];

export interface Submission {
  id: number;
  form: FormId;
  city: string;
  data: unknown;
}

export interface ExampleServerOptions {
  port?: number;
  host?: string;
  /** Folder of the embed's standalone bundles (default: packages/embed/dist). */
  embedDir?: string;
  /** The server's "today" (YYYY-MM-DD) for validation; defaults to today in Asia/Shanghai. */
  today?: string;
  /** Extra files by URL path (e.g. a test's `/vendor/axe.min.js`), served with the same headers. */
  files?: Record<string, string>;
}

export interface ExampleServer {
  url: string;
  submissions: Submission[];
  /** Change the server's clock (tests). */
  today: string | undefined;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown) {
  send(res, status, JSON.stringify(body), TYPES['.json']!);
}

/** The encoding a request accepts that we send: brotli, else gzip, else none (`q=0` refuses one). */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    String(acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(/\s*;\s*/))
      .filter(([name, q]) => name && !/^q=0(?:\.0*)?$/.test(q ?? ''))
      .map(([name]) => name!.toLowerCase()),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

/** Compressed copies of the text files served (the embed's bundles are ≈ 250 kB), made once per file version. */
const compressed = new Map<string, { mtimeMs: number; size: number; br: Buffer; gzip: Buffer }>();

function compressedCopy(file: string, stat: { mtimeMs: number; size: number }): { br: Buffer; gzip: Buffer } {
  let c = compressed.get(file);
  if (!c || c.mtimeMs !== stat.mtimeMs || c.size !== stat.size) {
    const raw = readFileSync(file);
    c = {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
      gzip: gzipSync(raw, { level: 9 }),
    };
    compressed.set(file, c);
  }
  return c;
}

function serveFile(req: IncomingMessage, res: ServerResponse, file: string) {
  if (!existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  const stat = statSync(file);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Text (the page, the bundles and their chunks) goes brotli or gzip to a browser that accepts it.
  const encoding = /^(text\/|application\/json)/.test(type) ? chooseEncoding(req.headers['accept-encoding']) : null;
  if (encoding) {
    const body = compressedCopy(file, stat)[encoding];
    res.writeHead(200, {
      'content-type': type,
      'content-encoding': encoding,
      vary: 'accept-encoding',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
    return;
  }
  res.writeHead(200, { 'content-type': type, vary: 'accept-encoding', 'content-length': stat.size, 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
}

/** The decoded path of a request URL; undefined when it is malformed (never throws). */
function decodePath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

/** Whether a Content-Type header is `application/json` (parameters such as charset allowed). */
function isJson(type: string | undefined): boolean {
  return typeof type === 'string' && type.split(';', 1)[0]!.trim().toLowerCase() === 'application/json';
}

async function readJson(req: IncomingMessage, limit = 1 << 20): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Start the example server; resolves once it listens. */
export function startExampleServer(options: ExampleServerOptions = {}): Promise<ExampleServer> {
  const embedDir = options.embedDir ?? join(here, '..', '..', 'packages', 'embed', 'dist');
  const submissions: Submission[] = [];
  const state: { today: string | undefined } = { today: options.today };

  const server = createServer((req, res) => {
    res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    const path = decodePath(req.url);
    // A malformed escape (`/%E0%A4%A`) or URL is the client's error, never the server's end.
    if (path === undefined) return send(res, 400, 'Bad request: malformed URL', 'text/plain; charset=utf-8');

    const api = /^\/api\/([a-z]+)$/.exec(path);
    if (api) {
      const form = api[1] as FormId;
      if (!FORMS.includes(form)) return json(res, 404, { message: `unknown form '${api[1]}'` });
      if (req.method !== 'POST') return json(res, 405, { message: 'POST only' });
      // JSON only: a cross-site <form> can send text/plain, urlencoded or multipart without a
      // preflight, never application/json, so refusing the rest keeps other sites from posting.
      if (!isJson(req.headers['content-type'])) {
        req.resume();
        return json(res, 415, { message: 'send the body as application/json' });
      }
      readJson(req).then(
        (body) => {
          const { city, data } = (body ?? {}) as { city?: unknown; data?: unknown };
          if (typeof city !== 'string' || !city) return json(res, 400, { message: '缺少 city' });
          let result;
          try {
            result = validate(form, data, { city, ...(state.today ? { today: state.today } : {}) });
          } catch (err) {
            return json(res, 400, { message: err instanceof Error ? err.message : String(err) });
          }
          if (!result.ok) {
            const issues = result.issues.filter((i) => i.severity === 'error');
            return json(res, 422, { message: issues.map((i) => i.message).join('；'), issues });
          }
          const submission = { id: submissions.length + 1, form, city, data: result.data };
          submissions.push(submission);
          json(res, 201, { id: submission.id, derived: result.derived });
        },
        (err: unknown) => json(res, 400, { message: `invalid JSON body: ${err instanceof Error ? err.message : String(err)}` }),
      );
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    if (options.files?.[path]) return serveFile(req, res, options.files[path]);
    if (path === '/favicon.ico') return send(res, 204, '', 'text/plain; charset=utf-8');
    if (path === '/' || path === '/index.html') return serveFile(req, res, join(here, 'index.html'));
    const page = path.slice(1);
    if (PAGE_FILES.includes(page)) return serveFile(req, res, join(here, page));
    if (path.startsWith('/embed/')) {
      const file = normalize(join(embedDir, path.slice('/embed/'.length)));
      if (!file.startsWith(embedDir + sep) || extname(file) !== '.js') return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      return serveFile(req, res, file);
    }
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${options.host ?? '127.0.0.1'}:${port}`,
        submissions,
        get today() {
          return state.today;
        },
        set today(v) {
          state.today = v;
        },
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

// `tsx server.ts [port]`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? process.env['PORT'] ?? 8080);
  // A failure to start stays an unhandled rejection: Node prints it and exits with 1.
  void startExampleServer({ port, host: process.env['HOST'] ?? '127.0.0.1' }).then((s) => console.log(`city-forms plain-html example: ${s.url}/`));
}
