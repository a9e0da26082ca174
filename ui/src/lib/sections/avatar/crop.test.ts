import { describe, expect, it } from 'vitest';
import { OUTPUT, base64, clamp, refusal, scale, turn } from './crop';

describe('avatar cropping', () => {
  it('accepts JPEG, PNG and WebP up to 20 MB only', () => {
    expect(refusal({ type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(refusal({ type: 'image/webp', size: 1000 })).toBeNull();
    expect(refusal({ type: 'image/gif', size: 1000 })).toMatch(/JPEG, PNG or WebP/);
    expect(refusal({ type: 'image/png', size: 21 * 1024 * 1024 })).toMatch(/20 MB/);
  });

  it('makes the shorter side fill the square at zoom 1', () => {
    expect(scale(1024, 768, 1) * 768).toBe(OUTPUT);
    expect(scale(1024, 768, 2) * 768).toBe(OUTPUT * 2);
  });

  it('never pans past the picture’s edge, also when turned', () => {
    // 1024×512 at zoom 1 is 1024×512 output px: 256 px of slack each side, none vertically.
    expect(clamp({ zoom: 1, rotation: 0, x: 1000, y: 50 }, 1024, 512)).toEqual({ zoom: 1, rotation: 0, x: 256, y: 0 });
    // Turned a quarter, the slack is vertical.
    expect(clamp({ zoom: 1, rotation: 90, x: -1000, y: -1000 }, 1024, 512)).toEqual({ zoom: 1, rotation: 90, x: 0, y: -256 });
  });

  it('turns in quarter turns both ways', () => {
    expect(turn(0, -90)).toBe(270);
    expect(turn(270, 90)).toBe(0);
  });

  it('encodes bytes as base64', async () => {
    expect(await base64(new Blob([new Uint8Array([0, 1, 2, 250])]))).toBe('AAEC+g==');
  });
});
