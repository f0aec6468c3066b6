import { atTime, derived, fact, onDay, paragraph, WIRE } from './sources.js';
import type { DocumentedPoliticalEvent, DocumentedStrike } from './types.js';

/**
 * The US-UK strike on five Kataib Hezbollah sites. The article's text dates it March 13; its
 * table, read with the text's "a day after", puts it on March 12; wire reports give about
 * 01:15 Baghdad time on March 13. Militia losses are not documented (the article reports an
 * assessment that the sites were likely empty; see the claims).
 */
export const IRAQ_2020_STRIKE: DocumentedStrike = {
  id: 'strike-kh-sites',
  dates: {
    table: onDay(
      '2020-03-12',
      derived(
        'table row 9 (attack on March 13) less one day, per article text paragraph 1 ("a day after")',
      ),
    ),
    text: onDay('2020-03-13', paragraph(4)),
    wire: atTime('2020-03-13', '01:15', WIRE, true),
  },
  actor: fact('United States and United Kingdom', paragraph(1)),
  target: fact('Kataib Hezbollah', paragraph(1)),
  sites: fact(5, paragraph(1)),
  motive: fact('retaliation for the two US and one UK soldiers killed at Camp Taji', paragraph(1)),
  casualties: [
    {
      outcome: 'killed',
      group: 'Iraqi soldiers (19th Division)',
      side: 'host',
      count: fact(3, paragraph(4)),
    },
    {
      outcome: 'killed',
      group: 'Iraqi police (3rd Babil Police regiment)',
      side: 'host',
      count: fact(2, paragraph(4)),
    },
  ],
};

/** The Iraqi government's documented reactions to the strike; their dates are not given. */
export const IRAQ_2020_POLITICAL: readonly DocumentedPoliticalEvent[] = [
  {
    id: 'joc-condemnation',
    subtype: 'condemnation',
    actor: fact('Iraqi Joint Operations Command', paragraph(5)),
    target: fact('United States and United Kingdom', paragraph(5)),
    statement: fact('condemned the strike as a violation of Iraqi sovereignty', paragraph(5)),
    date: null,
    after: IRAQ_2020_STRIKE.id,
  },
  {
    id: 'ambassadors-summoned',
    subtype: 'ambassadors summoned',
    actor: fact('Iraqi Foreign Ministry', paragraph(5)),
    target: fact('US and UK ambassadors', paragraph(5)),
    statement: fact('summoned both ambassadors to protest the strike', paragraph(5)),
    date: null,
    after: IRAQ_2020_STRIKE.id,
  },
];
