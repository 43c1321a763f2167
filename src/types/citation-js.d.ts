// citation-js ships no type declarations; these cover the parts pubcv uses.
declare module '@citation-js/core' {
  interface Register<T> {
    add(name: string, value: T): void;
    get(name: string): T | undefined;
    has(name: string): boolean;
    list(): string[];
  }
  export const plugins: {
    // Styles and locales are CSL XML text or citeproc's JSON form of it.
    config: {
      get(name: '@csl'): {
        styles: Register<string | object>;
        locales: Register<string | object>;
        /** The cached citeproc engine for a registered style and locale, able to look up `data`. */
        engine(data: unknown[], style: string, lang: string | undefined, format: string): unknown;
      };
      get(name: string): any;
    };
    output: { format(name: string, data: unknown[], options?: Record<string, unknown>): any };
    input: {
      chain(data: unknown, options?: Record<string, unknown>): any;
      chainLink(data: unknown, options?: Record<string, unknown>): any;
    };
  };
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: unknown[];
    format(name: string, options?: Record<string, unknown>): any;
  }
  export const util: Record<string, any>;
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
