import type { CslName } from '../model/record.js';

const TEXT_TOKEN = /pubcvx*\d+t\d+z/g;

/**
 * Values we convert ourselves and citation-js only has to carry to the right CSL field: each is
 * handed to it as a short token (`pubcv12t0z`; a name list as one family name `pubcv12n0z`), so
 * its type, field and crossref mapping moves them, and restorePlaceholders puts the values back.
 * Its own LaTeX parser never sees our markup, and skipping it on long abstracts saves time.
 */
export class Placeholders {
  readonly names = new Map<string, CslName[]>();
  readonly texts = new Map<string, string>();

  /** `prefix` must be unique per entry, made of letters and digits: `pubcv12`. */
  constructor(private readonly prefix: string) {}

  /** A token standing for a name list. */
  name(names: CslName[]): string {
    const token = `${this.prefix}n${this.names.size}z`;
    this.names.set(token, names);
    return token;
  }

  /** A token standing for a text (CSL markup). */
  text(markup: string): string {
    const token = `${this.prefix}t${this.texts.size}z`;
    this.texts.set(token, markup);
    return token;
  }
}

function placeholderName(name: unknown): string {
  return typeof name === 'object' && name !== null && 'family' in name && typeof name.family === 'string' ? name.family : '';
}

function lookUp<T>(tables: readonly Placeholders[], token: string, kind: 'names' | 'texts'): T | undefined {
  for (const table of tables) {
    const value = table[kind].get(token);
    if (value !== undefined) return value as T;
  }
  return undefined;
}

/** Replaces the tokens citation-js carried into `item` with the values of the entries they came from. */
export function restorePlaceholders(item: Record<string, unknown>, tables: readonly Placeholders[]): void {
  for (const [field, value] of Object.entries(item)) {
    if (typeof value === 'string') {
      if (value.includes('pubcv')) item[field] = value.replace(TEXT_TOKEN, (token) => lookUp<string>(tables, token, 'texts') ?? token);
    } else if (Array.isArray(value) && value.some((name) => placeholderName(name).startsWith('pubcv'))) {
      item[field] = value.flatMap((name: unknown) => lookUp<CslName[]>(tables, placeholderName(name), 'names') ?? [name]);
    }
  }
}
