import { describe, expect, it } from 'vitest';
import { encodePairingCode, parsePairingCode, randomSecret, seriesFingerprint } from '../../../common/sync/pairing-code';
import { deriveFrameKey, FRAME_KIND, openFrame, sealFrame } from '../../../common/sync/sealed-frame';

const code = { dataFormat: 5, fingerprint: seriesFingerprint('a1b2'), secret: randomSecret(), host: '192.168.1.20', port: 5391 };

describe('pairing code', () => {
  it('round-trips, typed in any case with spaces instead of dashes', () => {
    const text = encodePairingCode(code);
    expect(text).toMatch(/^SD-([0-9A-Z]{5}-){10}[0-9A-Z]{5}$/);
    const typed = text.toLowerCase().replace(/-/g, ' ');
    const parsed = parsePairingCode(typed);
    expect(parsed.ok && parsed.code).toEqual(code);
  });

  it('reads O for 0 and I or L for 1', () => {
    const text = encodePairingCode(code).replace(/0/g, 'O').replace(/1/g, 'l');
    expect(parsePairingCode(text).ok).toBe(true);
  });

  it('refuses a mistyped character, a short code, junk and markup', () => {
    const text = encodePairingCode(code);
    const swapped = text.slice(0, 10) + (text[10] === 'A' ? 'B' : 'A') + text.slice(11);
    expect(parsePairingCode(swapped)).toEqual({ ok: false, problem: 'checksum' });
    expect(parsePairingCode(text.slice(0, 20))).toEqual({ ok: false, problem: 'malformed' });
    expect(parsePairingCode('')).toEqual({ ok: false, problem: 'empty' });
    expect(parsePairingCode('<script>alert(1)</script>')).toEqual({ ok: false, problem: 'malformed' });
    expect(parsePairingCode('x'.repeat(100_000))).toEqual({ ok: false, problem: 'malformed' });
  });

  it('gives each series its own fingerprint', () => {
    expect(seriesFingerprint('a')).not.toBe(seriesFingerprint('b'));
    expect(seriesFingerprint('a')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('sealed frames', () => {
  it('open with the same secret only, and never show the plaintext', async () => {
    const secret = randomSecret();
    const key = await deriveFrameKey(secret, code.fingerprint, { kind: 'station' });
    const plain = new TextEncoder().encode('Ana Pérez, Human Rights Watch');
    const frame = await sealFrame(key, FRAME_KIND.yjs, plain);
    expect(Buffer.from(frame).includes(Buffer.from('Ana'))).toBe(false);
    expect((await openFrame(key, frame))?.payload).toEqual(plain);
    const otherKey = await deriveFrameKey(randomSecret(), code.fingerprint, { kind: 'station' });
    expect(await openFrame(otherKey, frame)).toBeNull();
    const displayKey = await deriveFrameKey(secret, code.fingerprint, { kind: 'display', linkId: '0123456789abcdef' });
    expect(await openFrame(displayKey, frame)).toBeNull();
    frame[frame.length - 1] = (frame[frame.length - 1] ?? 0) ^ 1;
    expect(await openFrame(key, frame)).toBeNull();
  });
});
