import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Avatar from './Avatar.svelte';

describe('Avatar', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['ada  byron   lovelace', 'AL'],
    ['Grace', 'G'],
    ['  ', '?'],
  ])('shows initials for %j without a picture', (name, initials) => {
    render(Avatar, { url: '', name });
    expect(screen.getByTestId('initials').textContent).toBe(initials);
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows the picture, and the initials if it fails to load', async () => {
    render(Avatar, { url: 'https://chat.example.com/ada.png', name: 'Ada Lovelace' });
    const img = document.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://chat.example.com/ada.png');
    expect(screen.queryByTestId('initials')).toBeNull();
    await fireEvent.error(img);
    expect(screen.getByTestId('initials').textContent).toBe('AL');
  });
});
