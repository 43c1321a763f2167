import type { CslItem } from '../model/record.js';

/**
 * The kinds of thesis and report the readers name in English (input/bibtex-genres.ts), as a
 * reader of each language expects them on a CV. CSL locales have no term for these (only the
 * generic "thesis" and "report"), so the wording is kept here: each language's usual academic
 * name for the degree's thesis and for a report series. A language or kind missing here keeps
 * the English text.
 */
type Kind = 'phd' | 'master' | 'bachelor' | 'technical' | 'research';

const ENGLISH: Readonly<Record<string, Kind>> = {
  'phd thesis': 'phd',
  "master's thesis": 'master',
  "bachelor's thesis": 'bachelor',
  'technical report': 'technical',
  'research report': 'research',
};

const TRANSLATIONS: Readonly<Record<string, Readonly<Record<Kind, string>>>> = {
  de: { phd: 'Dissertation', master: 'Masterarbeit', bachelor: 'Bachelorarbeit', technical: 'Technischer Bericht', research: 'Forschungsbericht' },
  fr: {
    phd: 'Thèse de doctorat',
    master: 'Mémoire de master',
    bachelor: 'Mémoire de licence',
    technical: 'Rapport technique',
    research: 'Rapport de recherche',
  },
  es: {
    phd: 'Tesis doctoral',
    master: 'Trabajo de fin de máster',
    bachelor: 'Trabajo de fin de grado',
    technical: 'Informe técnico',
    research: 'Informe de investigación',
  },
  it: {
    phd: 'Tesi di dottorato',
    master: 'Tesi di laurea magistrale',
    bachelor: 'Tesi di laurea triennale',
    technical: 'Rapporto tecnico',
    research: 'Rapporto di ricerca',
  },
  pt: {
    phd: 'Tese de doutorado',
    master: 'Dissertação de mestrado',
    bachelor: 'Trabalho de conclusão de curso',
    technical: 'Relatório técnico',
    research: 'Relatório de pesquisa',
  },
  'pt-PT': {
    phd: 'Tese de doutoramento',
    master: 'Dissertação de mestrado',
    bachelor: 'Projeto de licenciatura',
    technical: 'Relatório técnico',
    research: 'Relatório de investigação',
  },
  nl: { phd: 'Proefschrift', master: 'Masterscriptie', bachelor: 'Bachelorscriptie', technical: 'Technisch rapport', research: 'Onderzoeksrapport' },
  pl: { phd: 'Rozprawa doktorska', master: 'Praca magisterska', bachelor: 'Praca licencjacka', technical: 'Raport techniczny', research: 'Raport badawczy' },
  sv: { phd: 'Doktorsavhandling', master: 'Masteruppsats', bachelor: 'Kandidatuppsats', technical: 'Teknisk rapport', research: 'Forskningsrapport' },
  da: { phd: 'Ph.d.-afhandling', master: 'Kandidatspeciale', bachelor: 'Bachelorprojekt', technical: 'Teknisk rapport', research: 'Forskningsrapport' },
  nb: { phd: 'Doktoravhandling', master: 'Masteroppgave', bachelor: 'Bacheloroppgave', technical: 'Teknisk rapport', research: 'Forskningsrapport' },
  fi: { phd: 'Väitöskirja', master: 'Pro gradu -tutkielma', bachelor: 'Kandidaatintutkielma', technical: 'Tekninen raportti', research: 'Tutkimusraportti' },
  cs: { phd: 'Disertační práce', master: 'Diplomová práce', bachelor: 'Bakalářská práce', technical: 'Technická zpráva', research: 'Výzkumná zpráva' },
  ru: {
    phd: 'Диссертация',
    master: 'Магистерская диссертация',
    bachelor: 'Выпускная квалификационная работа',
    technical: 'Технический отчёт',
    research: 'Научный отчёт',
  },
  uk: { phd: 'Дисертація', master: 'Магістерська робота', bachelor: 'Бакалаврська робота', technical: 'Технічний звіт', research: 'Науковий звіт' },
  zh: { phd: '博士学位论文', master: '硕士学位论文', bachelor: '学士学位论文', technical: '技术报告', research: '研究报告' },
  ja: { phd: '博士論文', master: '修士論文', bachelor: '卒業論文', technical: '技術報告', research: '研究報告' },
};

/** The genre in `locale` (a CSL locale, "de-DE") when it is one of the kinds above; otherwise as given. */
export function localGenre(genre: string, locale: string): string {
  const kind = ENGLISH[genre.trim().replace(/’/g, "'").toLowerCase()];
  if (kind === undefined) return genre;
  const table = TRANSLATIONS[locale] ?? TRANSLATIONS[locale.split('-')[0] ?? ''];
  return table?.[kind] ?? genre;
}

/** The item with its genre in the build's locale (see localGenre); the same item when nothing changes. */
export function localizeGenre(item: CslItem, locale: string): CslItem {
  if (typeof item.genre !== 'string') return item;
  const genre = localGenre(item.genre, locale);
  return genre === item.genre ? item : { ...item, genre };
}
