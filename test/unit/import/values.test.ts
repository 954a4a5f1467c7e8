import { describe, expect, it } from 'vitest';
import {
  cleanCell,
  isNotGiven,
  parseCategory,
  parseEmail,
  parseGender,
  parseRole,
  parseScope,
  parseYesNo,
  splitSessions,
} from '../../../renderer/src/domain/import';

describe('parseCategory', () => {
  it.each([
    ['CSO', 'cso', null],
    ['NGO', 'cso', null],
    ['ONG', 'cso', null],
    ['OSC', 'cso', null],
    ['ngo', 'cso', null],
    ['National NGO', 'cso', 'national'],
    ['ONG internationale', 'cso', 'international'],
    ['INGO', 'cso', 'international'],
    ['NHRI', 'nhri', null],
    ['INDH', 'nhri', null],
    ['Permanent Mission', 'mission', null],
    ['Mission permanente', 'mission', null],
    ['State', 'mission', null],
    ['État', 'mission', null],
    ['UN', 'un-io', null],
    ['IO', 'un-io', null],
    ['UN/IO', 'un-io', null],
    ['Media', 'media', null],
    ['Médias', 'media', null],
    ['Press', 'media', null],
    ['Presse', 'media', null],
    ['Organiser', 'organiser', null],
    ['Organizer', 'organiser', null],
    ['Other', 'other', null],
    ['Autre', 'other', null],
  ] as const)('%s -> %s', (text, category, scope) => {
    expect(parseCategory(text)).toEqual({ category, scope });
  });

  it('does not recognise unknown words', () => {
    expect(parseCategory('Alien')).toBeNull();
  });
});

describe('parseGender', () => {
  it.each([
    ['F', 'woman'],
    ['Female', 'woman'],
    ['woman', 'woman'],
    ['Femme', 'woman'],
    ['Féminin', 'woman'],
    ['M', 'man'],
    ['Male', 'man'],
    ['Man', 'man'],
    ['Homme', 'man'],
    ['H', 'man'],
    ['Other', 'other'],
    ['X', 'other'],
    ['Non-binary', 'other'],
  ] as const)('%s -> %s', (text, gender) => {
    expect(parseGender(text)).toEqual({ gender });
  });

  it('accepts "prefer not to say" as an answer without a value, and rejects the unknown', () => {
    expect(parseGender('Prefer not to say')).toEqual({ gender: null });
    expect(parseGender('Q')).toBeNull();
  });
});

describe('parseRole', () => {
  it.each([
    ['Panellist', 'panellist'],
    ['Panelist', 'panellist'],
    ['Panéliste', 'panellist'],
    ['Speaker', 'panellist'],
    ['Delegate', 'delegate'],
    ['Délégué(e)', 'delegate'],
    ['Déléguée', 'delegate'],
    ['Observer', 'observer'],
    ['Observateur', 'observer'],
    ['Observatrice', 'observer'],
    ['SuR delegation', 'sur-delegation'],
    ['State under Review', 'sur-delegation'],
    ['Participant', 'default'],
  ] as const)('%s -> %s', (text, role) => {
    expect(parseRole(text)).toBe(role);
  });
});

describe('parseYesNo, parseScope, parseEmail, isNotGiven, cleanCell', () => {
  it('reads yes and no in English, French, digits and marks', () => {
    for (const yes of ['yes', 'Y', 'oui', 'TRUE', 'vrai', '1', 'x', 'X', '✓', 'Confidentiel']) expect(parseYesNo(yes), yes).toBe(true);
    for (const no of ['no', 'N', 'non', 'FALSE', 'faux', '0']) expect(parseYesNo(no), no).toBe(false);
    expect(parseYesNo('maybe')).toBeNull();
  });

  it('reads national and international', () => {
    expect(parseScope('National')).toBe('national');
    expect(parseScope('nationale')).toBe('national');
    expect(parseScope('Intl.')).toBe('international');
    expect(parseScope('regional')).toBeNull();
  });

  it('checks the shape of email addresses loosely', () => {
    expect(parseEmail(' mailto:Ana@Example.org ')).toEqual({ email: 'Ana@Example.org', valid: true });
    expect(parseEmail('ana at example').valid).toBe(false);
    expect(parseEmail('a@b.org; c@d.org').valid).toBe(false);
  });

  it('treats N/A, dashes and "none" as empty', () => {
    for (const text of ['', 'N/A', 'n.a.', '-', '—', 'none', 'Aucun', 'unknown']) expect(isNotGiven(text), text).toBe(true);
    expect(isNotGiven('Namibia')).toBe(false);
  });

  it('removes control characters and collapses spaces, but keeps markup as text', () => {
    expect(cleanCell('  Ana\u0000 \t González\u200b ')).toBe('Ana González');
    expect(cleanCell('<b>Bold</b> & <i>co</i>')).toBe('<b>Bold</b> & <i>co</i>');
  });
});

describe('splitSessions', () => {
  const known: Record<string, string> = { cuba: 's-CUB', germany: 's-DEU', 'korea, republic of': 's-KOR' };
  const resolve = (text: string) => known[text.toLowerCase()] ?? null;

  it('splits on semicolons, line breaks and commas', () => {
    expect(splitSessions('Cuba; Germany\nCuba,Germany', resolve).map((p) => p.value)).toEqual(['s-CUB', 's-DEU', 's-CUB', 's-DEU']);
  });

  it('keeps a comma that belongs to a name', () => {
    expect(splitSessions('Korea, Republic of; Cuba', resolve)).toEqual([
      { text: 'Korea, Republic of', value: 's-KOR' },
      { text: 'Cuba', value: 's-CUB' },
    ]);
  });

  it('reports what it cannot resolve', () => {
    expect(splitSessions('Cuba; Atlantis', resolve)).toEqual([
      { text: 'Cuba', value: 's-CUB' },
      { text: 'Atlantis', value: null },
    ]);
  });
});
