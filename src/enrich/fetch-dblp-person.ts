import { readBibtex } from '../input/read-bibtex.js';
import type { CslItem } from '../model/record.js';
import type { HttpClient } from './http-client.js';
import { fetchFailure, hostOf } from './http-failure.js';
import type { Fetched } from './work-source.js';

// dblp's person bibliography (https://dblp.org/faq/How+can+I+fetch+all+publications+of+one+specific+author.html):
// `/pid/{pid}.bib` answers every publication of the person as BibTeX, keyed `DBLP:{record key}`
// (`DBLP:conf/icse/Smith21`, `DBLP:journals/corr/abs-2106-12345`), with dblp's bookkeeping fields
// `timestamp`, `biburl` and `bibsource`. Names shared by several people carry dblp's 4-digit
// disambiguation number ("Wei Wang 0001"), which is no part of the name. arXiv preprints are
// articles in the journal "CoRR", volume `abs/{arXiv id}`.

/** The works of a dblp person, and the entries of the answer that could not be read. */
interface DblpPersonWorks {
  readonly items: CslItem[];
  /** One line per entry of dblp's BibTeX that pubcv could not read. */
  readonly unreadable: string[];
}

// A numeric PID ("123/4567", with a disambiguation suffix "123/4567-1") or an older name-based
// one ("s/JohnSmith", where dblp writes accented letters as `=ouml=`).
const PID = /^(?:\d+\/\d+(?:-\d+)?|[a-z]\/[\w=.'-]+)$/;
const PID_URL = /^(?:https?:\/\/)?(?:www\.)?dblp\.(?:org|uni-trier\.de|dagstuhl\.de)\/pid\/(.+?)(?:\.(?:html|bib|xml))?\/?(?:[?#].*)?$/i;

/** The PID in a dblp PID or person URL (`https://dblp.org/pid/123/4567.html`); undefined when it is neither. */
export function parseDblpPid(input: string): string | undefined {
  const trimmed = input.trim();
  const pid = PID_URL.exec(trimmed)?.[1] ?? trimmed;
  return PID.test(pid) ? pid : undefined;
}

/** BibTeX with the disambiguation numbers dropped from the names in `author` and `editor`. */
export function withoutDisambiguationNumbers(bibtex: string): string {
  return bibtex.replace(/^(\s*(?:author|editor)\s*=\s*\{)([\s\S]*?)(\},?[ \t]*)$/gim, (_all, start: string, names: string, end: string) => {
    return `${start}${names.replace(/\s+\d{4}(?=\s+and\b|\s*$)/g, '')}${end}`;
  });
}

/** The publications on a dblp person's page, read from its BibTeX export. */
export async function fetchDblpPersonWorks(http: HttpClient, dblpBaseUrl: string, input: string): Promise<Fetched<DblpPersonWorks>> {
  const pid = parseDblpPid(input);
  if (pid === undefined)
    return { ok: false, failure: fetchFailure('malformed', 'dblp', input, `"${input}" is not a dblp person id (like 123/4567 or s/JohnSmith)`) };
  const url = `${dblpBaseUrl}/pid/${pid}.bib`;
  const fetched = await http.getText('dblp', url, { Accept: 'application/x-bibtex, text/plain;q=0.5' });
  if (!fetched.ok) {
    if (fetched.failure.status !== 404) return fetched;
    return { ok: false, failure: { ...fetched.failure, message: `${hostOf(url)} has no person ${pid} (HTTP 404)` } };
  }
  const text = fetched.value;
  // A person with no publications answers an empty file; anything else must hold entries.
  if (text.trim() !== '' && !/^\s*@/m.test(text)) {
    return { ok: false, failure: fetchFailure('malformed', 'dblp', url, `${hostOf(url)} did not answer with BibTeX for ${pid}`) };
  }
  const read = readBibtex(withoutDisambiguationNumbers(text), `${pid}.bib`);
  const unreadable = read.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.entry ?? `line ${d.line ?? '?'}`}: ${d.message}`);
  return { ok: true, value: { items: read.records.map((record) => record.item), unreadable } };
}
