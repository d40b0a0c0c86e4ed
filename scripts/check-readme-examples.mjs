// Type-checks every ```ts and ```tsx example in the READMEs against the built packages, so the
// documentation cannot drift from the API. Run after the build; `npm test` does.
//
// Each example is compiled on its own, strictly, as a user's module would be. The names an
// example leaves to the reader (`client`, `rawBody`, ...) are declared per README below, with
// the types the reader would have; an example that declares one itself keeps its own.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { walk } from './files.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, '.test-results', 'readme-examples');

const sdk = "import('@oncelink/sdk')";
/**
 * Markdown file -> the names its examples take as given, each as a TypeScript declaration.
 * Only the reader's own things belong here (their client, their request); whatever a package
 * exports, the example must import, so a copied example works.
 */
const givens = {
  'packages/sdk/README.md': {
    client: `declare const client: ${sdk}.OnceLink;`,
    id: 'declare const id: string;',
    link: `declare const link: ${sdk}.OneTimeLink;`,
    save: `declare function save(links: ${sdk}.OneTimeLink[]): void;`,
    rawBody: 'declare const rawBody: string;',
    request: 'declare const request: Request;',
    markBooked: `declare function markBooked(booking: ${sdk}.Booking): void;`,
    handler: 'declare const handler: (request: Request) => Promise<Response>;',
    app: 'declare const app: { all(path: string, route: (c: { req: { raw: Request } }) => Promise<Response>): void };',
  },
  'packages/elements/README.md': {
    share: "declare const share: import('@oncelink/elements').OnceLinkShare;",
  },
  'packages/mock-api/README.md': {
    client: `declare const client: ${sdk}.OnceLink;`,
    mock: "declare const mock: import('@oncelink/mock-api').MockApi;",
  },
};

/**
 * The TypeScript blocks of a Markdown file, with the line each one starts on: fenced with
 * three or more backticks or tildes, indented (inside a list item) or not, with an info string
 * that starts with ts, tsx or typescript in any case (`ts title="x"` too).
 */
function examples(markdown) {
  const found = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(tsx|ts|typescript)\b/i.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const start = i + 1;
    let end = start;
    while (end < lines.length && !close.test(lines[end] ?? '')) end++;
    if (end === lines.length) throw new Error(`An unclosed code block starts at line ${i + 1}.`);
    const code = lines
      .slice(start, end)
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    found.push({ code: code.join('\n'), line: start + 1, tsx: lang.toLowerCase() === 'tsx' });
    i = end;
  }
  return found;
}

/** True when the example itself declares or imports `name`. */
function declares(code, name) {
  const word = name.replace(/[$]/g, '\\$');
  return new RegExp(
    `\\b(const|let|var|function|class)\\s+${word}\\b|import\\b[^;]*\\b${word}\\b[^;]*\\bfrom\\b`,
  ).test(code);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = new Map(); // generated file -> { readme, line, preambleLines }
const documents = walk(root, (path) => path.endsWith('.md'));
for (const known of Object.keys(givens)) {
  if (!documents.includes(known))
    throw new Error(`check-readme-examples: ${known} is listed but does not exist.`);
}
for (const readme of documents) {
  const names = givens[readme] ?? {};
  const markdown = readFileSync(join(root, readme), 'utf8');
  examples(markdown).forEach((example, n) => {
    const preamble = Object.entries(names)
      .filter(([name]) => new RegExp(`\\b${name}\\b`).test(example.code) && !declares(example.code, name))
      .map(([, declaration]) => declaration);
    const file = join(out, `${readme.replace(/[/.]/g, '_')}-${n + 1}.${example.tsx ? 'tsx' : 'ts'}`);
    // `export {}` makes every example a module (top-level await, no global leaks between files).
    writeFileSync(file, `${preamble.join('\n')}${preamble.length ? '\n' : ''}${example.code}\nexport {};\n`);
    files.set(file, { readme, line: example.line, preambleLines: preamble.length });
  });
}

const program = ts.createProgram([...files.keys()], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  jsx: ts.JsxEmit.ReactJSX,
  // The strictest settings a user may have: an example that compiles here compiles for them.
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
});

let errors = 0;
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  errors++;
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const origin = diagnostic.file ? files.get(diagnostic.file.fileName) : undefined;
  if (!diagnostic.file || !origin) {
    console.error(`error: ${message}`);
    continue;
  }
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
  const at =
    line < origin.preambleLines
      ? `${origin.readme}:${origin.line} (a declared given)`
      : `${origin.readme}:${origin.line + line - origin.preambleLines}`;
  console.error(`${at}: ${message}`);
}
console.log(
  `readme examples: ${files.size} checked in ${documents.length} Markdown files, ${errors} error${errors === 1 ? '' : 's'}`,
);
if (errors) {
  console.error(`The examples are written to ${relative(root, out)}/ to inspect.`);
  process.exit(1);
}
