export type { Mark, MarkType, Run } from './marks.js';
export { hasMark, linkOf, plainText } from './marks.js';
export type { Document, Entry, HighlightStyle, Section, SourcePosition } from './document.js';
