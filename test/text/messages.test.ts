import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ENGLISH_MESSAGES, fillMessage, MESSAGE_KEYS } from '../../src/model/messages.js';
import { MESSAGE_LANGUAGES, messagesFor, REGIONAL_MESSAGES } from '../../src/text/messages/messages-for.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the message catalogue', () => {
  test('ships the eleven languages the issue asks for', () => {
    assert.deepEqual(Object.keys(MESSAGE_LANGUAGES).sort(), ['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'zh']);
  });

  for (const [language, messages] of Object.entries(MESSAGE_LANGUAGES)) {
    test(`${language}: every key of the English catalogue and no other, each with the same placeholders`, () => {
      assert.deepEqual(Object.keys(messages).sort(), [...MESSAGE_KEYS].sort());
      for (const key of MESSAGE_KEYS) {
        assert.notEqual(messages[key].trim(), '', `${language} ${key} is empty`);
        assert.deepEqual(placeholders(messages[key]), placeholders(ENGLISH_MESSAGES[key]), `${language} ${key}`);
      }
    });
  }

  for (const [locale, messages] of Object.entries(REGIONAL_MESSAGES)) {
    test(`${locale}: only keys of the English catalogue, each with the same placeholders`, () => {
      for (const [key, text] of Object.entries(messages)) {
        assert.ok(key in ENGLISH_MESSAGES, `${locale} ${key}`);
        assert.deepEqual(placeholders(text ?? ''), placeholders(ENGLISH_MESSAGES[key as keyof typeof ENGLISH_MESSAGES]), `${locale} ${key}`);
      }
    });
  }

  test('a locale falls back to its language, then to English; a region may word some keys its own way', () => {
    assert.equal(messagesFor('de-AT')['document.title'], 'Publikationen');
    assert.equal(messagesFor('zh-CN')['section.journal'], '期刊论文');
    assert.equal(messagesFor('zh-TW')['section.conference'], '研討會論文');
    assert.equal(messagesFor('pt-BR')['section.journal'], 'Artigos em periódicos');
    assert.equal(messagesFor('pt-PT')['section.journal'], 'Artigos em revistas');
    assert.equal(messagesFor('pt-PT')['document.title'], 'Publicações');
    assert.equal(messagesFor('sv-SE')['document.title'], 'Publications');
    assert.equal(messagesFor(undefined)['document.title'], 'Publications');
  });

  test("the user's texts replace the catalogue's, in whatever language", () => {
    const messages = messagesFor('de', { 'document.title': 'Ausgewählte Schriften', 'link.code': 'Quelltext' });
    assert.equal(messages['document.title'], 'Ausgewählte Schriften');
    assert.equal(messages['link.code'], 'Quelltext');
    assert.equal(messages['link.slides'], 'Folien');
  });

  test('fillMessage fills each placeholder and keeps one without a value', () => {
    assert.equal(fillMessage('Stand: {date}', { date: '5. Dezember 2026' }), 'Stand: 5. Dezember 2026');
    assert.equal(fillMessage('{page} / {pages}', { page: 2, pages: 5 }), '2 / 5');
    assert.equal(fillMessage('Cited by {count}'), 'Cited by {count}');
  });
});
