import { describe, expect, it } from 'vitest';
import { fitText } from './format';

describe('fitText', () => {
  it('says the count is by memory only, since CPU is not modelled', () => {
    expect(fitText(29, 't3.small VM', 't3.small VMs')).toBe(
      '29 more t3.small VMs fit (counting memory only)',
    );
    expect(fitText(1, 't3.small VM', 't3.small VMs')).toBe('1 more t3.small VM fits (counting memory only)');
    expect(fitText(1900, 'nginx container', 'nginx containers')).toBe(
      '1,900 more nginx containers fit (counting memory only)',
    );
    expect(fitText(0, 't3.small VM', 't3.small VMs')).toBe(
      "The host's memory is full: no more t3.small VMs fit",
    );
  });
});
