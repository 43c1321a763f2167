/**
 * Floor child: a fresh `node` process that loads pubcv's library (dist/index.js, which loads
 * citation-js) and its PDF, DOCX and HTML writers (pdfkit, docx, Handlebars), and does nothing
 * with them: what every build pays before its first entry.
 *
 *   node floor-load.js ROOT
 *
 * Transpiled to plain JavaScript by bench/floors.ts, so no TypeScript loader is timed.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: floor-load ROOT');
for (const module of ['index.js', 'render/pdf.js', 'render/docx.js', 'render/html.js']) {
  await import(pathToFileURL(join(root, 'dist', ...module.split('/'))).href);
}
