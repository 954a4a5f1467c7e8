import { describe, expect, it } from 'vitest';
import { foldText, tidyText } from '../../../renderer/src/domain/core/text';

describe('foldText', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldText('González')).toBe('gonzalez');
    expect(foldText("Côte d'Ivoire")).toBe('cote divoire');
    expect(foldText('MÜLLER-Straße')).toBe('muller strasse');
    expect(foldText('  Œuvre  ')).toBe('oeuvre');
  });

  it('keeps letters of other scripts', () => {
    expect(foldText('Фёдор Иванов')).toBe('федор иванов');
  });
});

describe('tidyText', () => {
  it('collapses whitespace', () => {
    expect(tidyText('  Amina \n  Aliyeva ')).toBe('Amina Aliyeva');
  });
});
