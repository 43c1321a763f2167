import { parse } from 'node-html-parser';

/** What a reader sees of one entry (<li>) of a rendered publication list. */
export interface HtmlEntry {
  readonly id: string;
  /** Title of the <section> holding the entry. */
  readonly section: string;
  /** The gutter label ("1.", "J12"), when drawn. */
  readonly label: string | undefined;
  /** The reference text without the label, badge or the lines under it, entities decoded. */
  readonly text: string;
  /** The lines under the reference (links, award, note, abstract), one string each. */
  readonly lines: readonly string[];
  /** Texts of the `.owner` elements, in order. */
  readonly owners: readonly string[];
  /** Texts of bold elements (<b>, <strong>) outside `.owner`: anything else made to stand out. */
  readonly bold: readonly string[];
}

/** What a reader sees of a rendered HTML page. */
export interface HtmlPage {
  readonly lang: string | undefined;
  readonly title: string;
  readonly entries: readonly HtmlEntry[];
}

/** Parses pubcv HTML output into its entries, for assertions on highlighting and text. */
export function readHtml(html: string): HtmlPage {
  const root = parse(html);
  const entries = root.querySelectorAll('ol.entries > li').map((li): HtmlEntry => {
    const body = li.querySelector('.entry-reference') ?? li.querySelector('.entry-text') ?? li;
    return {
      id: li.getAttribute('id') ?? '',
      section: li.closest('section')?.querySelector('h2')?.text ?? '',
      label: li.querySelector('.entry-label')?.text,
      text: body.text,
      lines: li.querySelectorAll('.entry-text > p, .entry-text > details').map((e) => e.text),
      owners: body.querySelectorAll('.owner').map((e) => e.text),
      bold: body
        .querySelectorAll('b, strong')
        .filter((e) => e.closest('.owner') === null)
        .map((e) => e.text),
    };
  });
  return {
    lang: root.querySelector('html')?.getAttribute('lang'),
    title: root.querySelector('h1')?.text ?? '',
    entries,
  };
}
