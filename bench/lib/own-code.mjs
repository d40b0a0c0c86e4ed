// What the SDK's own code (ky and zod external) is made of: its largest modules, and its size with every string emptied.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import ts from 'typescript';
import { consumerBuild } from './consumer-build.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The minified bundle of the SDK's main entry with its dependencies external, and esbuild's metafile. */
async function ownBundle() {
  const result = await build({
    entryPoints: [`${root}packages/sdk/dist/index.js`],
    ...consumerBuild,
    external: ['ky', 'zod', 'zod/*'],
    metafile: true,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('own code: esbuild produced nothing');
  const meta = Object.values(result.metafile.outputs)[0];
  return { code: output.text, inputs: meta?.inputs ?? {} };
}

/**
 * The same code with the text of every string and template literal removed (their expressions
 * kept), parsed with TypeScript so nothing but literals is touched: what the logic alone weighs.
 */
export function withoutStrings(code) {
  const file = ts.createSourceFile('own.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const cuts = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      cuts.push([node.getStart(file) + 1, node.getEnd() - 1]);
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // Head: `text${   Middle: }text${   Tail: }text`
      const start = node.getStart(file) + 1;
      const end = node.getEnd() - (ts.isTemplateTail(node) ? 1 : 2);
      cuts.push([start, end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start);
    at = Math.max(at, end);
  }
  return out + code.slice(at);
}

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).byteLength;

/** gzip of the own code as built and with its strings emptied; minified bytes of its largest modules. */
export async function ownCodeBreakdown() {
  const { code, inputs } = await ownBundle();
  const modules = Object.entries(inputs)
    .map(([path, input]) => ({ module: path.replace(/^.*\//, '').replace(/\.js$/, ''), bytes: input.bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { gzip: gz(code), gzipWithoutStrings: gz(withoutStrings(code)), min: code.length, modules };
}
