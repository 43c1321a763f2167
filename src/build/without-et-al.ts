import type { CslStyle } from './csl-style.js';

const ET_AL_ATTRIBUTE = /\s(?:et-al-min|et-al-use-first|et-al-subsequent-min|et-al-subsequent-use-first|et-al-use-last)="[^"]*"/g;

/**
 * The style with author-list truncation turned off. Styles cut long author lists to their
 * first names ("First, A. et al."), which hides the CV owner; a CV must show them in every entry.
 */
export function withoutEtAl(style: CslStyle): CslStyle {
  return { name: style.name, xml: style.xml.replace(ET_AL_ATTRIBUTE, '') };
}
