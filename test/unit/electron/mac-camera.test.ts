// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Both ship with electron-builder; declared as devDependencies for this test. No types published.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const plist = require('plist') as { parse(text: string): unknown };

const root = path.resolve(import.meta.dirname, '../../..');
const config = yaml.load(readFileSync(path.join(root, 'build/electron-builder.yml'), 'utf8')) as {
  mac: { hardenedRuntime?: boolean; entitlements?: string; entitlementsInherit?: string; extendInfo?: Record<string, unknown> };
};

describe('the signed macOS build may use the camera (QR badges at the desk)', () => {
  it('runs with the hardened runtime, and its entitlements grant the camera and what Electron needs', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    for (const file of [config.mac.entitlements, config.mac.entitlementsInherit]) {
      expect(file).toBeTypeOf('string');
      const entitlements = plist.parse(readFileSync(path.join(root, file as string), 'utf8')) as Record<string, unknown>;
      expect(entitlements['com.apple.security.device.camera']).toBe(true);
      // Replacing electron-builder's default file drops these unless they are repeated.
      expect(entitlements['com.apple.security.cs.allow-jit']).toBe(true);
      expect(entitlements['com.apple.security.cs.allow-unsigned-executable-memory']).toBe(true);
      // The microphone is not asked for: the camera is used for video only.
      expect(entitlements['com.apple.security.device.audio-input']).toBeUndefined();
    }
  });

  it('says in Info.plist why it asks for the camera', () => {
    const usage = config.mac.extendInfo?.['NSCameraUsageDescription'];
    expect(usage).toBeTypeOf('string');
    expect(usage as string).toMatch(/QR codes/);
    expect(config.mac.extendInfo?.['NSMicrophoneUsageDescription']).toBeUndefined();
  });
});
