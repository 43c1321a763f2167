import type { ContributionRole } from '../model/record.js';
import type { Mark, Run } from '../model/index.js';

/** Every contribution role, in the order their symbols follow a name and their legend lines run. */
export const CONTRIBUTION_ROLES: readonly ContributionRole[] = ['co-first', 'equal', 'corresponding', 'student'];

/** How a role is drawn after a name, and what the legend under the list says about it. */
export interface RoleLook {
  /** A superscript symbol after the name; '' for none. */
  readonly symbol: string;
  /** Underline the whole name (students and advisees, by default). */
  readonly underline: boolean;
  readonly label: string;
}

export type ContributionLooks = Readonly<Record<ContributionRole, RoleLook>>;

/** The looks pubcv uses unless a marks file says otherwise. */
const DEFAULT_LOOKS: ContributionLooks = {
  'co-first': { symbol: '*', underline: false, label: 'Co-first authors' },
  equal: { symbol: '*', underline: false, label: 'Equal contribution' },
  corresponding: { symbol: '†', underline: false, label: 'Corresponding author' },
  student: { symbol: '', underline: true, label: 'Student or advisee' },
};

/** The default looks with some roles changed. */
export function contributionLooks(changes: Partial<Record<ContributionRole, Partial<RoleLook>>> = {}): ContributionLooks {
  const looks = { ...DEFAULT_LOOKS };
  for (const role of CONTRIBUTION_ROLES) looks[role] = { ...DEFAULT_LOOKS[role], ...changes[role] };
  return looks;
}

/** The symbols after a name with these roles: in role order, each symbol once ("*†"). */
export function symbolsFor(roles: readonly ContributionRole[], looks: ContributionLooks): string {
  const symbols = CONTRIBUTION_ROLES.filter((r) => roles.includes(r))
    .map((r) => looks[r].symbol)
    .filter(Boolean);
  return [...new Set(symbols)].join('');
}

/** True when any of these roles underlines the name. */
export function underlines(roles: readonly ContributionRole[], looks: ContributionLooks): boolean {
  return roles.some((r) => looks[r].underline);
}

const SUPERSCRIPT: Mark = { type: 'superscript' };
const UNDERLINE: Mark = { type: 'underline' };

/**
 * The legend under the list, one line per symbol and one for underlining, for the roles the
 * document uses: "* Co-first authors", "† Corresponding author", "Underlined: Student or advisee".
 */
export function legendLines(used: ReadonlySet<ContributionRole>, looks: ContributionLooks): Run[][] {
  const roles = CONTRIBUTION_ROLES.filter((r) => used.has(r));
  const lines: Run[][] = [];
  for (const symbol of [...new Set(roles.map((r) => looks[r].symbol).filter(Boolean))]) {
    const labels = roles.filter((r) => looks[r].symbol === symbol).map((r) => looks[r].label);
    lines.push([
      { text: symbol, marks: [SUPERSCRIPT] },
      { text: ` ${labels.join('; ')}`, marks: [] },
    ]);
  }
  const underlined = roles.filter((r) => looks[r].underline).map((r) => looks[r].label);
  if (underlined.length > 0)
    lines.push([
      { text: 'Underlined', marks: [UNDERLINE] },
      { text: `: ${underlined.join('; ')}`, marks: [] },
    ]);
  return lines;
}
