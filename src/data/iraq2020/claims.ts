import { fact, paragraph, STANDFIRST } from './sources.js';
import type { DocumentedClaim } from './types.js';

/**
 * What the article asserts beyond the events: its own counts (checkable against each
 * reading), its attribution and its assessments (the hypotheses H1-H3 of DESIGN.md start here).
 */
export const IRAQ_2020_CLAIMS: readonly DocumentedClaim[] = [
  {
    id: 'ninth-since-jan-27',
    kind: 'count',
    statement:
      'The 33-rocket attack on Camp Taji was the ninth attack on US personnel since January 27.',
    value: fact(9, paragraph(2)),
  },
  {
    id: 'fifth-in-march',
    kind: 'count',
    statement: 'The 33-rocket attack on Camp Taji was the fifth such attack in March.',
    value: fact(5, paragraph(2)),
  },
  {
    id: 'attackers-undeterred',
    kind: 'attribution',
    statement:
      'Pro-Iran factions of the Popular Mobilisation Units made the attack and were not deterred by the threat of US retaliation.',
    value: fact('pro-Iran elements within the Popular Mobilisation Units (Hashd)', paragraph(2)),
  },
  {
    id: 'provocation-goal',
    kind: 'assessment',
    statement:
      'The attacks may aim to provoke a US overreaction that kills Iraqis and revives the push to expel foreign troops.',
    value: fact('provoke retaliation that kills Iraqis, to bring about expulsion', paragraph(3)),
  },
  {
    id: 'wide-condemnation',
    kind: 'assessment',
    statement:
      'The strike was condemned across the Iraqi leadership, not only by Iran-aligned groups.',
    value: fact('condemned across the Iraqi leadership', paragraph(4)),
  },
  {
    id: 'haste',
    kind: 'assessment',
    statement:
      'Because a quick response was wanted, the sites struck were likely empty and of little value to Kataib Hezbollah, while the Iraqi deaths hurt the US position (Michael Knights, Washington Institute, in Politico, as reported by the article).',
    value: fact('quick response; targets likely empty', paragraph(6)),
  },
  {
    id: 'home-audience',
    kind: 'assessment',
    statement: 'The retaliation was driven by a wish to look strong to a domestic audience.',
    value: fact('appear strong to a home audience', STANDFIRST),
  },
  {
    id: 'attacks-will-continue',
    kind: 'assessment',
    statement: 'Responses of this kind will not stop the rocket attacks.',
    value: fact('rocket attacks will continue', paragraph(7)),
  },
];
