/**
 * Every word the app itself shows for a category, a gender, a role or a scope, in English or
 * French, reads back on import: a list exported by the app, or typed from what its screens
 * show ("ONU/OI", "Délégué·e"), imports as it was.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { fr } from '../../../renderer/src/i18n/fr';
import { CATEGORIES, CSO_SCOPES, GENDERS, ROLES } from '../../../renderer/src/domain/core/model';
import { parseCategory, parseGender, parseRole, parseScope } from '../../../renderer/src/domain/import/values';

describe.each([
  ['English', en],
  ['French', fr],
])('the %s labels', (_, strings) => {
  it.each(CATEGORIES)('category %s', (category) => {
    const label = strings.categories[category];
    expect(parseCategory(label)?.category, label).toBe(category);
  });
  it.each(GENDERS)('gender %s', (gender) => {
    expect(parseGender(strings.genders[gender])?.gender).toBe(gender);
  });
  it.each(ROLES)('role %s', (role) => {
    expect(parseRole(strings.roles[role])).toBe(role);
  });
  it.each(CSO_SCOPES)('scope %s', (scope) => {
    expect(parseScope(strings.participants[scope])).toBe(scope);
  });
});
