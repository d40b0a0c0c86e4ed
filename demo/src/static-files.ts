// Serves the demo's pages and scripts from disk, each with a strict Content-Security-Policy.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { packageDir, publicDir, webBuildDir } from './paths.js';
import { sendText } from './http-util.js';

/** No inline script or style and nothing from another origin: what the element promises to work under. */
export const contentSecurityPolicy =
  "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

interface StaticFile {
  path: string;
  /** Said in the 404 when the file is missing, so a newcomer knows what to run. */
  hint: string;
}

/** Every URL the demo serves from disk, by path: an explicit list, so no request can reach another file. */
function routes(): Map<string, StaticFile> {
  const page = (file: string): StaticFile => ({
    path: join(publicDir, file),
    hint: 'it ships with the demo',
  });
  const built = (path: string): StaticFile => ({ path, hint: 'run `npm run build` at the repository root' });
  const elementsDist = join(packageDir('@oncelink/elements'), 'dist');
  return new Map([
    ['/', page('index.html')],
    ['/index.html', page('index.html')],
    ['/script-tag.html', page('script-tag.html')],
    ['/app.css', page('app.css')],
    ['/favicon.svg', page('favicon.svg')],
    ['/app.js', built(join(webBuildDir, 'app.js'))],
    ['/app.js.map', built(join(webBuildDir, 'app.js.map'))],
    ['/oncelink.js', built(join(elementsDist, 'oncelink.js'))],
    ['/oncelink.js.map', built(join(elementsDist, 'oncelink.js.map'))],
    // The chunks beside each script, fetched when a pop-up is first wanted: the files built, by name.
    ...chunks(webBuildDir, '/').map(([url, path]): [string, StaticFile] => [url, built(path)]),
    ...chunks(join(elementsDist, 'oncelink'), '/oncelink/').map(([url, path]): [string, StaticFile] => [
      url,
      built(path),
    ]),
  ]);
}

/** The chunk files (`*.js` and their maps, not the entry `app.js`) in `dir`, as [URL path, file path]. */
function chunks(dir: string, prefix: string): [string, string][] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    // Not built yet: the entries above answer with the hint to build.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((n) => /^(?!app\.)[\w-]+\.js(\.map)?$/.test(n))
    .map((n) => [`${prefix}${n}`, join(dir, n)]);
}

export function createStaticFiles() {
  const files = routes();
  return {
    has: (pathname: string) => files.has(pathname),
    async serve(pathname: string, res: ServerResponse): Promise<void> {
      const file = files.get(pathname);
      if (!file) return sendText(res, 404, 'Not found.');
      let body: Buffer;
      try {
        body = await readFile(file.path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        return sendText(res, 404, `${pathname} is not there yet: ${file.hint}.`);
      }
      res.writeHead(200, {
        'content-type': types[extname(file.path)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy,
        'cache-control': 'no-cache',
      });
      res.end(body);
    },
  };
}
