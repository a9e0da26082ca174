import { describe, expect, it } from 'vitest';
import { capacityError, channelType } from './channels';

describe('channel rules', () => {
  it('accepts whole numbers from 0 to 50 only', () => {
    for (const ok of ['0', '1', '50', ' 7 ']) expect(capacityError(ok)).toBeUndefined();
    for (const bad of ['', '51', '-1', '2.5', '1e1', 'ten']) {
      expect(capacityError(bad)).toBe('Enter a whole number between 0 and 50.');
    }
  });

  it('drops the Channel:: prefix of a channel type', () => {
    expect(channelType('Channel::WebWidget')).toBe('WebWidget');
    expect(channelType('Api')).toBe('Api');
  });
});
