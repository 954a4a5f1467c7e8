import { describe, expect, it } from 'vitest';
import { guessMapping, mappingProblems, readTable } from '../../../renderer/src/domain/import';
import { fixture } from './helpers';

describe('guessMapping', () => {
  it('maps the English headers of a typical registration export', async () => {
    const table = await readTable(fixture('utf8-comma.csv'));
    expect(guessMapping(table.headers)).toEqual([
      'name',
      'organisation',
      'category',
      'state',
      'gender',
      'email',
      'phone',
      'sessions',
      'role',
      'badgeCode',
      'confidential',
      'scope',
    ]);
  });

  it('maps French headers, "Prénom" + "Nom" as first and last name', async () => {
    const table = await readTable(fixture('french-headers.csv'));
    expect(table.headers[0]).toBe('Prénom');
    expect(guessMapping(table.headers)).toEqual([
      'firstName',
      'lastName',
      'organisation',
      'category',
      'state',
      'gender',
      'email',
      'phone',
      'sessions',
      'role',
      'badgeCode',
      'confidential',
      'scope',
    ]);
  });

  it('ignores case, accents and punctuation', () => {
    expect(guessMapping(['FULL NAME', 'organization', 'CATEGORIE', 'etat', 'E-Mail', 'telephone', 'Role', 'Badge Code', 'confidentiel'])).toEqual([
      'name',
      'organisation',
      'category',
      'state',
      'email',
      'phone',
      'role',
      'badgeCode',
      'confidential',
    ]);
    expect(guessMapping(['Nom', 'Organisme', 'Pays', 'Sexe', 'Genre', 'Courriel', 'Rôle', 'Type'])).toEqual([
      'name',
      'organisation',
      'state',
      'gender',
      null,
      'email',
      'role',
      'category',
    ]);
  });

  it('reads "Name" as the full name unless a first-name column is there', () => {
    expect(guessMapping(['Name', 'Organisation'])).toEqual(['name', 'organisation']);
    expect(guessMapping(['First name', 'Name'])).toEqual(['firstName', 'lastName']);
    expect(guessMapping(['Full name', 'Name'])).toEqual(['name', null]);
    expect(guessMapping(['First name', 'Last name', 'Name'])).toEqual(['firstName', 'lastName', 'name']);
  });

  it('ignores brackets and markers, and falls back on one telling word', () => {
    expect(guessMapping(['Name (required)', 'Email*', 'Country (ISO code)'])).toEqual(['name', 'email', 'state']);
    expect(guessMapping(['Participant email address', 'Mobile phone number', 'Organisation type', 'Country of residence'])).toEqual([
      'email',
      'phone',
      'category',
      'state',
    ]);
  });

  it('maps each field once and ignores what it does not know', () => {
    expect(guessMapping(['Email', 'Courriel', 'Notes', '', 'Column E'])).toEqual(['email', null, null, null, null]);
  });

  it('maps the "National/International" and "Scope" headers', () => {
    expect(guessMapping(['National/International'])).toEqual(['scope']);
    expect(guessMapping(['Scope'])).toEqual(['scope']);
  });
});

describe('mappingProblems', () => {
  it('reports a mapping without a name column', () => {
    expect(mappingProblems(['organisation', 'state', null])).toEqual([{ code: 'no-name-column' }]);
    expect(mappingProblems(['lastName', 'organisation'])).toEqual([]);
  });

  it('reports a field mapped twice and a role without sessions', () => {
    expect(mappingProblems(['name', 'email', 'email', 'role'])).toEqual([
      { code: 'field-mapped-twice', field: 'email', columns: [1, 2] },
      { code: 'role-without-sessions' },
    ]);
  });
});
