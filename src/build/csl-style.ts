import { createHash } from 'node:crypto';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

/** A CSL style ready to format with: a display name and its XML. */
export interface CslStyle {
  readonly name: string;
  readonly xml: string;
}

const cslConfig = plugins.config.get('@csl');

/** Names of the styles available without a file. */
export function bundledStyleNames(): string[] {
  return cslConfig.styles.list();
}

/** The bundled style with this short name, if any. */
export function bundledStyle(name: string): CslStyle | undefined {
  const xml = cslConfig.styles.has(name) ? cslConfig.styles.get(name) : undefined;
  return xml === undefined ? undefined : { name, xml };
}

/** Locales citeproc can use offline. */
export function bundledLocales(): string[] {
  return cslConfig.locales.list();
}

/**
 * Registers `style` with citation-js under a name derived from its content and returns that
 * name, so two styles with one display name never share a cached citeproc engine.
 */
export function registerStyle(style: CslStyle): string {
  const id = `pubcv-${createHash('sha256').update(style.xml).digest('hex').slice(0, 16)}`;
  if (!cslConfig.styles.has(id)) cslConfig.styles.add(id, style.xml);
  return id;
}

/** The XML of a bundled CSL locale, e.g. en-US. */
export function bundledLocaleXml(locale: string): string | undefined {
  return cslConfig.locales.has(locale) ? cslConfig.locales.get(locale) : undefined;
}
