import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';

vi.mock('../../agent', async (original) => ({
  ...(await original<typeof import('../../agent')>()),
  request: vi.fn(),
}));
// jsdom cannot decode or draw pictures: the canvas work is replaced, the flow is real.
vi.mock('./crop', async (original) => ({
  ...(await original<typeof import('./crop')>()),
  load: vi.fn(async () => ({ width: 1024, height: 768 })),
  draw: vi.fn(),
  render: vi.fn(async () => new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' })),
}));

import { request } from '../../agent';
import { draw, render as renderCrop } from './crop';
import AvatarEditor from './AvatarEditor.svelte';
import { profile, state } from '../../../test/fixtures';
import { signedIn, stored } from '../../../test/store';

const requestMock = vi.mocked(request);
const photo = (type = 'image/jpeg') => new File([new Uint8Array(10)], 'me.jpg', { type });

function choose(file: File) {
  const input = screen.getByTestId('avatar-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  return fireEvent.change(input);
}

beforeEach(() => {
  // A stand-in 2D context: only the calls to `draw` with it are looked at.
  HTMLCanvasElement.prototype.getContext = vi.fn(() => ({})) as never;
  requestMock.mockReset();
  vi.mocked(draw).mockClear();
  vi.mocked(renderCrop).mockClear();
});

describe('Avatar editor', () => {
  it('crops a chosen picture with zoom and rotation, then uploads the square', async () => {
    const saved = state({ profile: { ...profile, avatar_url: 'http://server/avatars/x-512.jpg' } });
    requestMock.mockResolvedValueOnce({ type: 'state', state: saved });
    signedIn(profile);
    render(AvatarEditor);

    await choose(photo());
    const zoom = await screen.findByTestId('avatar-zoom');
    await fireEvent.input(zoom, { target: { value: '2' } });
    await fireEvent.click(screen.getByTestId('avatar-rotate-right'));
    await waitFor(() => expect(draw).toHaveBeenCalled());
    const [, , lastCrop] = vi.mocked(draw).mock.calls.at(-1)!;
    expect(lastCrop).toMatchObject({ zoom: 2, rotation: 90 });

    await fireEvent.click(screen.getByTestId('avatar-save'));
    await waitFor(() => expect(stored()).toEqual(saved));
    expect(vi.mocked(renderCrop).mock.calls[0][1]).toMatchObject({ zoom: 2, rotation: 90 });
    expect(requestMock).toHaveBeenCalledWith({ type: 'set_avatar', image_base64: 'AQID', mime: 'image/jpeg' });
    expect(screen.getByTestId('avatar-status').textContent).toBe('Picture saved.');
    expect(screen.queryByTestId('avatar-preview')).toBeNull();
  });

  it('refuses a file that is not a picture before opening it', async () => {
    signedIn(profile);
    render(AvatarEditor);
    await choose(photo('image/gif'));
    expect(screen.getByTestId('avatar-error').textContent).toMatch(/JPEG, PNG or WebP/);
    expect(screen.queryByTestId('avatar-preview')).toBeNull();
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('opens a dropped picture', async () => {
    signedIn(profile);
    render(AvatarEditor);
    await fireEvent.drop(screen.getByTestId('avatar-drop'), { dataTransfer: { files: [photo('image/png')] } });
    expect(await screen.findByTestId('avatar-preview')).toBeTruthy();
  });

  it('shows the agent’s refusal and keeps the crop open', async () => {
    requestMock.mockRejectedValueOnce({ code: 'invalid', message: 'The picture could not be read.', field: 'avatar' });
    signedIn(profile);
    render(AvatarEditor);
    await choose(photo());
    await fireEvent.click(await screen.findByTestId('avatar-save'));
    expect((await screen.findByTestId('avatar-error')).textContent).toBe('The picture could not be read.');
    expect(screen.getByTestId('avatar-preview')).toBeTruthy();
  });

  it('removes the picture', async () => {
    const withPicture = { ...profile, avatar_url: 'http://server/avatars/x-512.jpg' };
    requestMock.mockResolvedValueOnce({ type: 'state', state: state({ profile }) });
    signedIn(withPicture);
    render(AvatarEditor);
    await fireEvent.click(screen.getByTestId('avatar-remove'));
    expect(requestMock).toHaveBeenCalledWith({ type: 'remove_avatar' });
    await waitFor(() => expect(stored()).toEqual(state({ profile })));
    // The agent's state has no picture: nothing to remove.
    await waitFor(() => expect(screen.queryByTestId('avatar-remove')).toBeNull());
  });
});
