// What the SDK's own code (ky and zod external) is made of: its largest modules, and its code with every string emptied.
import ts from 'typescript';

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

/** Minified bytes per module of a bundle, largest first, from esbuild's metafile inputs. */
export function largestModules(inputs) {
  return Object.entries(inputs)
    .map(([path, input]) => ({
      module: path.replace(/^.*\//, '').replace(/\.js$/, ''),
      bytes: input.bytesInOutput,
    }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}
