// The built package as an app's bundler sees it: registration survives tree-shaking where asked for, and only there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dist = (file: string) => `${packageDir}/dist/${file}`;

/** Bundles `source` as an app would, resolving @oncelink/elements through its exports map and sideEffects. */
async function bundle(source: string): Promise<string> {
  assert.ok(
    existsSync(dist('index.js')),
    'dist/index.js is missing: run `npm run build -w @oncelink/elements` first',
  );
  const result = await build({
    stdin: { contents: source, resolveDir: packageDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: ['lit', 'lit/*', '@oncelink/sdk', 'react', '@lit/react'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

const registers = (code: string) => code.includes('customElements.define(');

test("importing '@oncelink/elements/define' registers <oncelink-share>", async () => {
  assert.ok(registers(await bundle(`import '@oncelink/elements/define';`)));
});

test('the React wrapper registers the tag it renders', async () => {
  assert.ok(
    registers(
      await bundle(`import { OnceLinkShare } from '@oncelink/elements/react'; console.log(OnceLinkShare);`),
    ),
  );
});

test("the React wrapper module, and no other, starts with 'use client' (React Server Components render it on the client)", () => {
  const files = readdirSync(dist(''), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  assert.equal(readFileSync(dist('react.js'), 'utf8').split('\n')[0], '"use client";');
  const marked = files.filter((f) => /^\s*["']use client["']/.test(readFileSync(dist(f), 'utf8')));
  assert.deepEqual(marked, ['react.js'], 'only the wrapper: a server component may import the rest');
});

test('importing the class from the main entry registers nothing (it is free of side effects)', async () => {
  const code = await bundle(
    `import { OnceLinkShare } from '@oncelink/elements'; console.log(OnceLinkShare.name);`,
  );
  assert.ok(code.includes('oncelink-request-close'), 'the class is in the bundle');
  assert.ok(!registers(code), 'but nothing calls customElements.define');
});

test('the script-tag bundle is the one file a page loads: it defines the element and imports only its own chunks, by relative URL', () => {
  const code = readFileSync(dist('oncelink.js'), 'utf8');
  assert.ok(registers(code));
  const chunks = (source: string) =>
    [...source.matchAll(/\bimport\s*\(?\s*[^"'()]*?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  const imported = chunks(code);
  assert.ok(imported.length > 0, 'the pop-up comes from a chunk');
  for (const file of imported) {
    // Relative, so the browser resolves it from oncelink.js's own URL (same origin: CSP 'self' holds).
    assert.match(file, /^\.\/oncelink\/[\w-]+\.js$/);
    assert.ok(existsSync(dist(file.slice(2))), `${file} is in dist`);
    for (const inner of chunks(readFileSync(dist(file.slice(2)), 'utf8')))
      assert.match(inner, /^\.\/[\w-]+\.js$/);
  }
  assert.ok(gzipSync(code).length < 30_000, 'within the size budget');
});

test("the npm build reaches the pop-up by a dynamic import() an app's bundler splits, and statically imports none of it", () => {
  // The static import graph of define.js, file by file.
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(dist(file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(
      /^import\s[^;]*?from\s*["'](\.[^"']+)["']|^import\s*["'](\.[^"']+)["']/gm,
    )) {
      walk(new URL(m[1] ?? m[2] ?? '', `file:///${dir}`).pathname.slice(1));
    }
  };
  walk('share/define.js');
  const loaded = [...seen].map((f) => readFileSync(dist(f), 'utf8')).join('\n');
  const lazy = /\bimport\(["'](\.[^"']+)["']\)/.exec(loaded)?.[1];
  assert.ok(lazy, 'a dynamic import() of the pop-up');
  assert.doesNotMatch(
    loaded,
    /personalizeLink|OnceLinkCore|from\s*["']lit(\/|["'])/,
    'neither the SDK nor the templates load with the trigger',
  );
});

test('dist/index.js exports every value dist/index.d.ts declares (emit is not published)', async () => {
  const module = (await import(dist('index.js'))) as Record<string, unknown>;
  const index = readFileSync(dist('index.d.ts'), 'utf8');
  // The declarations index.d.ts re-exports from: its own and the shared chunk's.
  const chunk = /from '\.\/(share-[\w-]+)\.js'/.exec(index)?.[1];
  const declarations = index + (chunk ? readFileSync(dist(`${chunk}.d.ts`), 'utf8') : '');
  const names = [...index.matchAll(/^export\s*\{([^}]*)\}/gm)]
    .flatMap((m) => (m[1] ?? '').split(','))
    .map((e) => e.trim())
    .filter((e) => e && !e.startsWith('type '))
    .map((e) => e.split(/\s+as\s+/).pop() ?? e);
  assert.ok(names.includes('OnceLinkShare'));
  for (const name of names) {
    if (new RegExp(`\\b(interface|type) ${name}\\b`).test(declarations)) continue;
    assert.ok(name in module, `${name} is declared as a value but dist/index.js has no such export`);
  }
  assert.ok(!names.includes('emit') && !('emit' in module));
});

test('the German messages file stands alone, so a script-tag page can import it too', () => {
  const code = readFileSync(dist('messages/de.js'), 'utf8');
  assert.doesNotMatch(code, /\bimport\b/);
  assert.match(code, /copyAndClose: "Kopieren & schlie/);
});

test('custom-elements.json describes the attributes, events, parts, custom properties and slot', () => {
  const manifest = JSON.parse(readFileSync(dist('custom-elements.json'), 'utf8')) as {
    modules: {
      declarations?: {
        tagName?: string;
        attributes?: { name: string }[];
        events?: { name: string }[];
        cssParts?: { name: string }[];
        cssProperties?: { name: string }[];
        slots?: { name: string }[];
      }[];
    }[];
  };
  const share = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'oncelink-share');
  assert.ok(share, 'oncelink-share is declared');
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((x) => x.name);
  assert.deepEqual(names(share.attributes).sort(), [
    'api-base',
    'booking-calendar',
    'customer-email',
    'customer-name',
    'master-page',
    'one-time',
    'open',
  ]);
  assert.deepEqual(names(share.events).sort(), [
    'oncelink-copy',
    'oncelink-error',
    'oncelink-link-created',
    'oncelink-request-close',
  ]);
  assert.ok(names(share.cssParts).includes('copy-button'));
  assert.ok(names(share.cssProperties).includes('--oncelink-accent'));
  assert.deepEqual(names(share.slots), ['trigger']);
});

test('custom-elements.json documents every part the element renders, and no other', () => {
  const manifest = JSON.parse(readFileSync(dist('custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
  };
  const share = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'oncelink-share');
  const documented = new Set((share?.cssParts ?? []).map((p) => p.name));
  // The light part draws its nodes by hand (part: '…'), the pop-up in templates (part="…").
  const files = ['share/frame.ts', 'popup/popup-view.ts'];
  const source = files.map((f) => readFileSync(new URL(`../src/${f}`, import.meta.url), 'utf8')).join('\n');
  const rendered = new Set(
    [...source.matchAll(/\bpart(?:="|: ')([^"'$]+)["']/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)),
  );
  assert.deepEqual(
    [...rendered].filter((p) => !documented.has(p)),
    [],
    'rendered but not documented',
  );
  assert.deepEqual(
    [...documented].filter((p) => !rendered.has(p)),
    [],
    'documented but never rendered',
  );
});

test('every path in custom-elements.json is a file the package ships', () => {
  const text = readFileSync(dist('custom-elements.json'), 'utf8');
  const paths = new Set([...text.matchAll(/"(?:path|module)": "([^"]+)"/g)].map((m) => m[1] ?? ''));
  assert.ok(paths.size > 0);
  for (const path of paths) {
    assert.ok(
      path.startsWith('dist/') && existsSync(new URL(`../${path}`, import.meta.url)),
      `${path} is not in the package`,
    );
  }
});

test('a program that imports both the npm entry and the script-tag entry type-checks, library files included', async () => {
  const ts = (await import('typescript')).default;
  // Inside the package, so that '@oncelink/elements' resolves through its own exports map.
  const dir = mkdtempSync(`${packageDir}/.probe-`);
  try {
    const root = `${dir}/both-entries.ts`;
    writeFileSync(
      root,
      [
        "import { OnceLinkShare } from '@oncelink/elements';",
        "import '@oncelink/elements/define';",
        "import '@oncelink/elements/oncelink.js';",
        "const element: OnceLinkShare | null = document.querySelector('oncelink-share');",
        'export { element };',
      ].join('\n'),
    );
    const options = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    };
    const program = ts.createProgram([root], options);
    const ours = program.getSourceFiles().filter((f) => f.fileName.startsWith(`${packageDir}dist/`));
    assert.ok(
      ours.some((f) => f.fileName.endsWith('/oncelink.d.ts')),
      'the script-tag entry was read',
    );
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    assert.deepEqual(errors, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
