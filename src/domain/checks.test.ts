import { describe, expect, it } from 'vitest';
import { isIsoDate, isWebUrl, utf16Kind } from './checks';

describe('checks', () => {
  it('accepts only calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-2-3')).toBe(false);
    expect(isIsoDate('2025-02-03T10:00')).toBe(false);
  });

  it('accepts only http and https addresses', () => {
    expect(isWebUrl('https://example.org/a')).toBe(true);
    expect(isWebUrl('http://example.org')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('file:///etc/passwd')).toBe(false);
    expect(isWebUrl('example.org/a')).toBe(false);
  });

  it('tells UTF-16 with and without a byte order mark from UTF-8 and binary data', () => {
    expect(utf16Kind(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('bom');
    expect(utf16Kind(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toBe('bom');
    expect(utf16Kind(new Uint8Array([0x41, 0x00, 0x42, 0x00]))).toBe('no-bom');
    expect(utf16Kind(new TextEncoder().encode('Kyiv'))).toBeUndefined();
    expect(utf16Kind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]))).toBeUndefined();
  });
});
