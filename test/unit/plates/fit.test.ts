import { describe, expect, it } from 'vitest';
import { fitText, MM_PER_PT, type FitBox } from '../../../renderer/src/domain/plates';

/** Every character is 0.6 em wide, spaces included: simple to reason about. */
const measure = (text: string) => text.length * 0.6;
const box = (over: Partial<FitBox> = {}): FitBox => ({ width: 277, height: 50, maxLines: 2, maxSize: 96, minSize: 28, lineHeight: 1.12, ...over });

function widthMm(text: string, size: number): number {
  return measure(text) * size * MM_PER_PT;
}

describe('fitting a text to its face', () => {
  it('caps a short name at the largest size', () => {
    const fit = fitText('Amina', box(), measure);
    expect(fit).toEqual({ size: 96, lines: ['Amina'], fits: true });
  });

  it('finds the largest size, and every line then fits the width and the lines fit the height', () => {
    const text = 'United Kingdom of Great Britain and Northern Ireland';
    const b = box({ maxLines: 3, maxSize: 110, minSize: 36, height: 55 });
    const fit = fitText(text, b, measure);
    expect(fit.fits).toBe(true);
    expect(fit.lines.join(' ')).toBe(text);
    for (const line of fit.lines) expect(widthMm(line, fit.size)).toBeLessThanOrEqual(b.width);
    expect(fit.lines.length * fit.size * b.lineHeight * MM_PER_PT).toBeLessThanOrEqual(b.height + 1e-9);
    // Half a point larger would overflow the width or the height with every break.
    const larger = fitText(text, { ...b, minSize: fit.size + 0.5, maxSize: fit.size + 0.5 }, measure);
    expect(larger.fits).toBe(false);
  });

  it('balances two lines rather than leaving one word alone', () => {
    const fit = fitText('Bolivia (Plurinational State of)', box({ width: 150 }), measure);
    expect(fit.lines).toEqual(['Bolivia (Plurinational', 'State of)']);
  });

  it('prefers one line when two do not allow a larger size', () => {
    const fit = fitText('Ana Souza', box({ width: 400, height: 200 }), measure);
    expect(fit.lines).toEqual(['Ana Souza']);
  });

  it('never goes below the minimum: it says the text does not fit and keeps every word', () => {
    const text = 'A very long organisation name that will not fit in two lines at this size at all, really not';
    const fit = fitText(text, box({ width: 120, height: 30, minSize: 28 }), measure);
    expect(fit.fits).toBe(false);
    expect(fit.size).toBe(28);
    expect(fit.lines.join(' ')).toBe(text);
    expect(fit.lines.length).toBeGreaterThan(2);
  });

  it('fits long custom texts greedily, still whole', () => {
    const text = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const fit = fitText(text, box({ maxLines: 3, minSize: 8, maxSize: 40, height: 80 }), measure);
    expect(fit.fits).toBe(true);
    expect(fit.lines.length).toBeLessThanOrEqual(3);
    expect(fit.lines.join(' ')).toBe(text);
  });

  it('gives no lines for an empty text', () => {
    expect(fitText('   ', box(), measure).lines).toEqual([]);
  });
});

describe('breaking lines when the height decides the size', () => {
  it('chooses the most even break', () => {
    const fit = fitText('United States of America', box({ width: 200, height: 40 }), measure);
    expect(fit.lines).toEqual(['United States', 'of America']);
  });
});
