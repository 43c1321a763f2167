import type { ContributionRole } from '../model/record.js';
import { ENGLISH_MESSAGES, type Mark, type Messages, type Run } from '../model/index.js';

/** Every contribution role, in the order their symbols follow a name and their legend lines run. */
const CONTRIBUTION_ROLES: readonly ContributionRole[] = ['co-first', 'equal', 'corresponding', 'student'];

/** How a role is drawn after a name, and what the legend under the list says about it. */
export interface RoleLook {
  /** A superscript symbol after the name; '' for none. */
  readonly symbol: string;
  /** Underline the whole name (students and advisees, by default). */
  readonly underline: boolean;
  readonly label: string;
}

export type ContributionLooks = Readonly<Record<ContributionRole, RoleLook>>;

/** The symbols pubcv draws unless a marks file says otherwise; the labels are the catalogue's `legend.<role>`. */
const DEFAULT_LOOKS: Readonly<Record<ContributionRole, Omit<RoleLook, 'label'>>> = {
  'co-first': { symbol: '*', underline: false },
  equal: { symbol: '*', underline: false },
  corresponding: { symbol: '†', underline: false },
  student: { symbol: '', underline: true },
};

/** The default looks, labelled in the catalogue's language, with some roles changed. */
export function contributionLooks(
  changes: Partial<Record<ContributionRole, Partial<RoleLook>>> = {},
  messages: Messages = ENGLISH_MESSAGES,
): ContributionLooks {
  const looks = {} as Record<ContributionRole, RoleLook>;
  for (const role of CONTRIBUTION_ROLES) looks[role] = { ...DEFAULT_LOOKS[role], label: messages[`legend.${role}`], ...changes[role] };
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

/** The mark words `people: { mark }` takes besides a symbol of its own. */
const PEOPLE_MARKS = { underline: '', dagger: '†', 'double-dagger': '‡', asterisk: '*', section: '§' } as const;

/**
 * How the people to mark (`people:`) are drawn: `underline`, a named symbol (`dagger`, `asterisk`,
 * ...) or a symbol of the user's own, as a superscript after the name. The label is the legend's.
 */
export function peopleLook(mark: string, label: string): RoleLook {
  if (mark === 'underline') return { symbol: '', underline: true, label };
  const named = (PEOPLE_MARKS as Readonly<Record<string, string>>)[mark];
  return { symbol: named ?? mark, underline: false, label };
}

/**
 * The legend under the list, one line per symbol and one for underlining, for the roles the
 * document uses and the people marked, when any is: "* Co-first authors", "† Corresponding
 * author", "‡ Members of the group", "Underlined: Student or advisee".
 */
export function legendLines(used: ReadonlySet<ContributionRole>, looks: ContributionLooks, messages: Messages = ENGLISH_MESSAGES, people?: RoleLook): Run[][] {
  const list = messages['legend.listSeparator'];
  const shown = [...CONTRIBUTION_ROLES.filter((r) => used.has(r)).map((r) => looks[r]), ...(people ? [people] : [])];
  const lines: Run[][] = [];
  for (const symbol of [...new Set(shown.map((l) => l.symbol).filter(Boolean))]) {
    const labels = [...new Set(shown.filter((l) => l.symbol === symbol).map((l) => l.label))];
    lines.push([
      { text: symbol, marks: [SUPERSCRIPT] },
      { text: ` ${labels.join(list)}`, marks: [] },
    ]);
  }
  const underlined = [...new Set(shown.filter((l) => l.underline).map((l) => l.label))];
  if (underlined.length > 0)
    lines.push([
      { text: messages['legend.underlined'], marks: [UNDERLINE] },
      { text: `${messages['legend.labelSeparator']}${underlined.join(list)}`, marks: [] },
    ]);
  return lines;
}
