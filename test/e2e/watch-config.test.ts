import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readHtml } from '../helpers/read-html.js';
import { repoRoot } from '../helpers/run-cli.js';
import { startWatch, STEP_TIMEOUT_MS } from '../helpers/watch-child.js';
import { tempDir } from '../helpers/temp-dir.js';

const CONFIG = 'owner: "Sui, Yang"\ninputs: [publications.bib]\nformats: [html]\noutput: out\n';

test('--watch re-reads the config on every rebuild; a broken config is reported and the watch goes on', { timeout: 4 * STEP_TIMEOUT_MS }, async () => {
  const dir = tempDir('watch-config');
  cpSync(join(repoRoot, 'test/fixtures/config/publications.bib'), join(dir, 'publications.bib'));
  writeFileSync(join(dir, 'pubcv.config.yaml'), CONFIG);
  const watch = startWatch(dir, ['build', '--watch']);
  const { waitFor } = watch;
  const sections = () => [...new Set(readHtml(readFileSync(join(dir, 'out/publications.html'), 'utf8')).entries.map((e) => e.section))];

  try {
    let at = await waitFor(/pubcv: 6 entries -> out\/publications\.html in .*\n/, 0);
    at = await waitFor(/pubcv: watching publications\.bib, pubcv\.config\.yaml.*\n/, at);
    assert.deepEqual(sections(), ['']);

    writeFileSync(join(dir, 'pubcv.config.yaml'), `${CONFIG}sections: type\n`);
    at = await waitFor(/pubcv\.config\.yaml changed, rebuilding\n/, at);
    at = await waitFor(/pubcv: 6 entries -> out\/publications\.html/, at);
    assert.deepEqual(sections(), ['Journal articles', 'Conference papers', 'Preprints', 'Theses']);

    writeFileSync(join(dir, 'pubcv.config.yaml'), `${CONFIG}sections: tpye\n`);
    at = await waitFor(/pubcv\.config\.yaml changed, rebuilding\n/, at);
    at = await waitFor(/pubcv\.config\.yaml:5:11: error config-value: sections: unknown value 'tpye' — did you mean 'type'\?/, at);
    assert.ok(watch.running(), 'a bad config does not end the watch');

    writeFileSync(join(dir, 'pubcv.config.yaml'), `${CONFIG}sections: year\n`);
    await waitFor(/pubcv: 6 entries -> out\/publications\.html/, at);
    assert.deepEqual(sections(), ['2025', '2024', '2023', '2022', '2021', '2019']);
  } finally {
    void watch.stop();
  }
  assert.equal(await watch.stop(), 0);
});
