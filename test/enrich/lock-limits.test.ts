import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseLock } from '../../src/enrich/lock-file.js';
import { MAX_LOCK_BYTES } from '../../src/enrich/lock-constants.js';
import { readLockFile } from '../../src/enrich/read-lock-file.js';
import { UserError } from '../../src/model/errors.js';

function lockText(count: number, score: number): string {
  const entries: Record<string, unknown> = {};
  for (let i = 0; i < count; i += 1) {
    entries[`key${i}`] = {
      title: `Title ${i}`,
      fields: { DOI: `10.1000/${i}` },
      source: 'crossref',
      url: `https://api.crossref.org/works/${i}`,
      retrieved: '2026-01-01',
      score,
    };
  }
  return JSON.stringify({ version: 1, entries }, null, 2);
}

describe('lock file limits', () => {
  it('a lock past MAX_LOCK_BYTES is refused with lock-too-large before it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pubcv-lock-'));
    try {
      const path = join(dir, 'pubcv.lock.json');
      writeFileSync(path, `${lockText(1, 0.9)}${' '.repeat(MAX_LOCK_BYTES)}`);
      await assert.rejects(readLockFile(path), (error: unknown) => error instanceof UserError && error.diagnostic.code === 'lock-too-large');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a damaged lock of 2,000 entries names its first 20 problems and counts the rest', () => {
    const parsed = parseLock(lockText(2_000, 2), 'pubcv.lock.json');
    assert.equal(parsed.value, undefined);
    assert.equal(parsed.diagnostics.length, 21);
    assert.match(parsed.diagnostics[20]?.message ?? '', /and 1,?980 more problems/);
  });

  // How fast a large lock reads is the benchmark's business; here only that one within the size limit is accepted.
  it('a valid lock of 20,000 entries (4 MB) is read', () => {
    const text = lockText(20_000, 0.9);
    assert.ok(text.length < MAX_LOCK_BYTES);
    assert.equal(Object.keys(parseLock(text, 'pubcv.lock.json').value?.entries ?? {}).length, 20_000);
  });
});
