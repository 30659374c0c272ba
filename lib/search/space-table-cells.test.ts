import { describe, expect, it } from 'vitest';
import { spaceTableCells } from './space-table-cells';

describe('spaceTableCells', () => {
  it('puts a space after every header and data cell', () => {
    expect(
      spaceTableCells('<tr><th>Symptom</th><th>Who was calling</th></tr><tr><td>a</td><TD>b</TD></tr>'),
    ).toBe('<tr><th>Symptom</th> <th>Who was calling</th> </tr><tr><td>a</td> <TD>b</TD> </tr>');
  });

  it('leaves other markup alone', () => {
    const html = '<p>Tasks <code>RUNNING</code></p><thead></thead>';
    expect(spaceTableCells(html)).toBe(html);
  });
});
