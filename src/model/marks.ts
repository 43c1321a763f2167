/** Inline formatting carried by a run of text. Every writer must handle every kind. */
export type Mark =
  | { readonly type: 'bold' }
  | { readonly type: 'italic' }
  | { readonly type: 'underline' }
  | { readonly type: 'smallCaps' }
  | { readonly type: 'superscript' }
  | { readonly type: 'subscript' }
  | { readonly type: 'owner' }
  /**
   * Set apart for the bidirectional algorithm, as Unicode's FSI…PDI: a name or a stretch of text
   * written against the paragraph's direction reads in its own direction (that of its first
   * letter) and its neighbours' punctuation and numbers are not drawn into it.
   */
  | { readonly type: 'isolate' }
  | { readonly type: 'link'; readonly href: string };

export type MarkType = Mark['type'];

/** A stretch of text sharing one set of marks. */
export interface Run {
  readonly text: string;
  readonly marks: readonly Mark[];
}

/** True when `marks` holds a mark of the given type. */
export function hasMark(marks: readonly Mark[], type: MarkType): boolean {
  return marks.some((m) => m.type === type);
}

/** The href of the link mark, if the run is a link. */
export function linkOf(marks: readonly Mark[]): string | undefined {
  for (const m of marks) if (m.type === 'link') return m.href;
  return undefined;
}

/** Concatenated plain text of runs. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
