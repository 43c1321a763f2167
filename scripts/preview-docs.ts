// npm run preview:docs
// Redraws the README's pictures (docs/example-*.png): a fresh build of the bundled example, dated
// as the tests date it, drawn by `pubcv preview`'s renderer at 80 dpi, first pages only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../src/api/build-files.js';
import { renderPreviews } from '../src/cli/render-previews.js';

const docs = fileURLToPath(new URL('../docs', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'pubcv-preview-docs-'));
try {
  await build({ output: out, cache: false, date: '2026-01-01' });
  const previews = renderPreviews({ out, dest: docs, dpi: 80, firstPage: true, prefix: 'example-' }, process.env);
  for (const notice of previews.notices) console.log(`notice: ${notice}`);
  for (const file of previews.written) console.log(file);
} finally {
  rmSync(out, { recursive: true, force: true });
}
