// Cropping an avatar in the window: the picture is cut to a 512 px square here, so the
// agent and the server only ever receive a small image (the server still checks it).
import { t } from '../../i18n/i18n.svelte';

/** The side of the square the window sends. */
export const OUTPUT = 512;
/** Pictures larger than this are not opened (the browser would have to decode them). */
export const MAX_FILE = 20 * 1024 * 1024;
export const TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export type Rotation = 0 | 90 | 180 | 270;

/** Zoom (1 = the picture just covers the square), quarter turns, and the pan in output pixels. */
export type Crop = { zoom: number; rotation: Rotation; x: number; y: number };

export const START: Crop = { zoom: 1, rotation: 0, x: 0, y: 0 };

/** Why a file cannot be used, or null. */
export function refusal(file: { type: string; size: number }): string | null {
  if (!TYPES.includes(file.type)) return t('avatar-error-type');
  if (file.size > MAX_FILE) return t('avatar-error-size', { megabytes: MAX_FILE / (1024 * 1024) });
  return null;
}

/** Output pixels per picture pixel at this zoom (the shorter side fills the square). */
export function scale(width: number, height: number, zoom: number): number {
  return (OUTPUT / Math.min(width, height)) * zoom;
}

/** The pan, limited so the picture always covers the whole square. */
export function clamp(crop: Crop, width: number, height: number): Crop {
  const s = scale(width, height, crop.zoom);
  const sideways = crop.rotation % 180 !== 0;
  const halfW = ((sideways ? height : width) * s) / 2 - OUTPUT / 2;
  const halfH = ((sideways ? width : height) * s) / 2 - OUTPUT / 2;
  // (`|| 0` turns -0 into 0.)
  const limit = (v: number, max: number) => Math.max(-max, Math.min(max, v)) || 0;
  return { ...crop, x: limit(crop.x, Math.max(0, halfW)), y: limit(crop.y, Math.max(0, halfH)) };
}

export function turn(rotation: Rotation, by: 90 | -90): Rotation {
  return ((((rotation + by) % 360) + 360) % 360) as Rotation;
}

type Picture = CanvasImageSource & { width: number; height: number };

/** Draws the cropped square into a `size`×`size` context. */
export function draw(ctx: CanvasRenderingContext2D, picture: Picture, crop: Crop, size: number) {
  const s = scale(picture.width, picture.height, crop.zoom);
  ctx.save();
  ctx.clearRect(0, 0, size, size);
  ctx.scale(size / OUTPUT, size / OUTPUT);
  ctx.translate(OUTPUT / 2 + crop.x, OUTPUT / 2 + crop.y);
  ctx.rotate((crop.rotation * Math.PI) / 180);
  ctx.scale(s, s);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(picture, -picture.width / 2, -picture.height / 2);
  ctx.restore();
}

/** The final square as a JPEG (PNG when the picture may be transparent). */
export async function render(picture: Picture, crop: Crop, mime: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = OUTPUT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('avatar-error-draw'));
  draw(ctx, picture, crop, OUTPUT);
  const type = mime === 'image/jpeg' ? 'image/jpeg' : 'image/png';
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('avatar-error-make')))), type, 0.9),
  );
}

export function load(file: File): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error(t('avatar-error-open')));
    };
    img.src = url;
  });
}

export async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}
