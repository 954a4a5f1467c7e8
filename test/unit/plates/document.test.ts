import { describe, expect, it } from 'vitest';

/** A person with every field a plate may read, to spread over. */
const NOBODY = {
  name: '',
  organisation: '',
  category: 'cso' as const,
  scope: null,
  gender: null,
  stateCode: null,
  email: '',
  phone: '',
  badgeCode: '',
  confidential: false,
  plateConsent: false,
};
import {
  SAFE_MARGIN_MM,
  badgeDocument,
  badgeFor,
  checkLogo,
  customPlates,
  escapeHtml,
  fitBadges,
  fitTentCards,
  panellistPlate,
  tentCardDocument,
  tentCardLayout,
} from '../../../renderer/src/domain/plates';

const width = (text: string) => text.length * 0.6;
const measure = { bold: width, regular: width };
const options = { fontCss: '', logo: null, marks: true, title: 'Plates', language: 'en' as const };

describe('the tent-card geometry', () => {
  it('folds A4 and US Letter landscape on the long midline', () => {
    const a4 = tentCardLayout('A4');
    expect(a4.upperFace).toEqual({ x: 0, y: 0, width: 297, height: 105 });
    expect(a4.lowerFace).toEqual({ x: 0, y: 105, width: 297, height: 105 });
    expect(a4.foldY).toBe(105);
    const letter = tentCardLayout('Letter');
    expect(letter.lowerFace.height).toBeCloseTo(107.95);
    // The text keeps clear of the paper edge and of the fold.
    expect(a4.textArea.x).toBeGreaterThanOrEqual(SAFE_MARGIN_MM);
    expect(a4.textArea.y).toBeGreaterThanOrEqual(SAFE_MARGIN_MM);
    expect(a4.textArea.y + a4.textArea.height).toBeLessThanOrEqual(105 - SAFE_MARGIN_MM);
  });
});

describe('the print document', () => {
  it('escapes markup in names: "<b>" prints as text', () => {
    const plate = panellistPlate({ ...NOBODY, id: 'x', name: 'Jane <b>Bold</b> & Co', organisation: '"Quoted" Org' }, 'Panellist');
    const { cards } = fitTentCards([plate], 'A4', false, measure);
    const doc = tentCardDocument(cards, 'A4', options);
    expect(doc.html).not.toContain('<b>');
    expect(doc.html).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; Co');
    expect(doc.html).toContain('&quot;Quoted&quot; Org');
    expect(doc.html).not.toMatch(/<script/i);
    expect(escapeHtml(`<img src=x onerror='a'>`)).toBe('&lt;img src=x onerror=&#39;a&#39;&gt;');
  });

  it('prints one landscape sheet per card, the upper face rotated 180°', () => {
    const { cards } = fitTentCards(customPlates('One\nTwo\nThree'), 'Letter', false, measure);
    const doc = tentCardDocument(cards, 'Letter', options);
    expect(doc).toMatchObject({ pageSize: 'Letter', landscape: true, pageCount: 3 });
    expect(doc.html).toContain('@page { size: 279.4mm 215.9mm; margin: 0; }');
    expect(doc.html).toMatch(/\.face\.upper \{[^}]*rotate\(180deg\)/);
    expect(doc.html.match(/class="sheet"/g)).toHaveLength(3);
    expect(doc.html.match(/class="face upper"/g)).toHaveLength(3);
  });

  it('warns about text that cannot fit at a readable size, and only that', () => {
    const long = 'Word '.repeat(40).trim();
    const { warnings } = fitTentCards(customPlates(`Short\n${long}`), 'A4', false, measure);
    expect(warnings).toEqual([{ key: 'custom:1', text: long, minSize: 28 }]);
  });

  it('puts a logo only when it is a PNG or JPEG data URL', () => {
    const png = checkLogo(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(png.ok).toBe(true);
    if (!png.ok) return;
    const { cards } = fitTentCards(customPlates('A'), 'A4', true, measure);
    expect(tentCardDocument(cards, 'A4', { ...options, logo: png.dataUrl }).html).toContain(`<img class="logo" src="${png.dataUrl}"`);
    expect(tentCardDocument(cards, 'A4', { ...options, logo: 'javascript:alert(1)' }).html).not.toContain('<img');
  });

  it('badges: 8 per A4 page with a QR code each, 1 per A6 page', () => {
    const people = Array.from({ length: 9 }, (_, i) =>
      badgeFor(
        {
          ...NOBODY,
          id: `p${i}`,
          name: `Person ${i}`,
          organisation: 'Org',
          confidential: false,
          plateConsent: false,
          badgeCode: `B-${i}`,
          stateCode: null,
          category: 'cso',
        },
        'Panellist',
        'en',
      ),
    );
    const { badges } = fitBadges(people, 'a4x8', measure);
    const doc = badgeDocument(badges, 'a4x8', { ...options, seriesName: 'Pre-sessions 30' });
    expect(doc).toMatchObject({ pageSize: 'A4', landscape: false, pageCount: 2 });
    expect(doc.html.match(/<svg /g)).toHaveLength(9);
    expect(badgeDocument(fitBadges(people, 'a6', measure).badges, 'a6', { ...options, seriesName: 'S' }).pageCount).toBe(9);
  });
});

describe('the series logo file', () => {
  it('accepts PNG and JPEG by their bytes; refuses SVG, other files, empty and large ones', () => {
    expect(checkLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toMatchObject({ ok: true, dataUrl: expect.stringMatching(/^data:image\/jpeg;base64,/) });
    expect(checkLogo(new TextEncoder().encode('<?xml version="1.0"?><svg onload="x()"></svg>'))).toEqual({ ok: false, reason: 'svg-refused' });
    expect(checkLogo(new TextEncoder().encode('GIF89a'))).toEqual({ ok: false, reason: 'not-an-image' });
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    const big = new Uint8Array(600 * 1024);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(checkLogo(big)).toEqual({ ok: false, reason: 'too-large' });
  });
});
