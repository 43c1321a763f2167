import { parseConfig } from './src/config/parse-config.ts';
const cases = [
`style: apa\nsectons: type\nnumbering: revers\n`,
`owner: ["Sui, Yang", 3]\nmax-authors: three\npage:\n  size: a4\n  margins: 2 inches\n`,
`numbering:\n  ordr: reverse\n  prefixes: { journal: J }\nprofiles:\n  short:\n    filters: { selectd: true }\n  "bad name": {}\n`,
`sections:\n  by: custom\n  list:\n    - title: A\n    - title: A\n  rest: true\nfilters: { since: 2020, until: 2010 }\nmax-authors: 3\nall-authors: true\n`,
`style: apa\n  bad: indent\n`,
`{\n\t"style": "apa",\n\t"formats": ["pdf", "rtf"]\n}\n`,
`- a\n`,
`inputs:\n`,
`links: [pdf, cod]\nabstracts: yes\n`,
];
for (const c of cases) { const r = parseConfig(c, 'pubcv.config.yaml'); console.log(r.diagnostics.map(d => `${d.line}:${d.column} ${d.code}: ${d.message}`).join('\n') || JSON.stringify(r.value)); console.log('--'); }
