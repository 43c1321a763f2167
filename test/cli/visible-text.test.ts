import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotationLine } from '../../src/cli/github-annotations.js';
import { formatDiagnostic } from '../../src/cli/format-diagnostic.js';
import { diagnosticLines } from '../../src/cli/print-diagnostics.js';
import { quoteSourceLine } from '../../src/cli/quote-source.js';
import { paintFor } from '../../src/cli/terminal.js';
import { showControls } from '../../src/cli/visible-text.js';

// A .bib line that clears the screen, sets the terminal title and writes the clipboard (OSC 52).
const HOSTILE = 'title = {\u001b[2J\u001b]0;owned\u0007\u001b]52;c;ZWNobyBwd25lZA==\u0007 x},';

test('control characters become visible escapes; tab and newline stay', () => {
  assert.equal(showControls('a\u001b[2Jb\u0007c\u009bd\te\nf\u007f'), 'a\\x1b[2Jb\\x07c\\x9bd\te\nf\\x7f');
  assert.equal(showControls('r\u202Eevil'), 'r\\u{202e}evil');
});

test('a quoted source line carries no escape character, and the caret still lines up', () => {
  const quoted = quoteSourceLine(`${HOSTILE}`, 1, HOSTILE.indexOf('x') + 1);
  assert.ok(quoted?.caretIndent !== undefined);
  assert.doesNotMatch(quoted.text, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  assert.equal(quoted.text[quoted.caretIndent.length], 'x');
});

test('a diagnostic message, entry and file are printed without raw controls', () => {
  const d = { severity: 'error' as const, code: 'bibtex-syntax', message: `unexpected "\u001b]0;t\u0007"`, file: 'a\u001b.bib', line: 1, entry: 'k\u001b[2J' };
  const line = formatDiagnostic(d);
  assert.doesNotMatch(line, /\u001b|\u0007/);
  assert.match(line, /\\x1b\]0;t\\x07/);
  const lines = diagnosticLines([{ ...d, file: 'refs.bib' }], {
    verbose: true,
    quiet: false,
    paint: paintFor(false),
    sources: [{ path: 'refs.bib', text: HOSTILE }],
  });
  for (const l of lines) assert.doesNotMatch(l, /\u001b|\u0007/);
});

test('GitHub annotations carry no raw controls', () => {
  const line = annotationLine({ severity: 'warning', code: 'x', message: 'a\u001b]52;c;Zm9v\u0007b', file: 'r.bib', line: 2, entry: 'e\u001b' });
  assert.doesNotMatch(line, /\u001b|\u0007/);
});
