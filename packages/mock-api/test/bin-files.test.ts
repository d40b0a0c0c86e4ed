// Every bin of every workspace is a committed file outside dist/: npm links a bin at install time only if its file exists then.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const committed = new Set(execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n'));
const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  workspaces: string[];
};

for (const ws of workspaces) {
  const pkg = JSON.parse(readFileSync(join(root, ws, 'package.json'), 'utf8')) as {
    name: string;
    bin?: string | Record<string, string>;
    files?: string[];
  };
  const bin = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
  for (const [name, file] of Object.entries(bin)) {
    test(`${name} (${ws}) is a committed file, not a build output, and is published`, () => {
      const path = join(ws, file).replace(/\\/g, '/');
      assert.ok(
        !/(^|\/)dist\//.test(path),
        `${path} is built later than npm ci links bins: commit a small file that imports the build`,
      );
      assert.ok(committed.has(path), `${path} is not committed`);
      assert.match(
        readFileSync(join(root, path), 'utf8'),
        /^#!\/usr\/bin\/env node\n/,
        `${path} starts with a node shebang`,
      );
      assert.ok(
        pkg.files?.some((f) => path.startsWith(`${ws}/${f}`)),
        `${path} is in "files", so it is published`,
      );
    });
  }
}
