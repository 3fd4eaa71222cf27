import { describe, expect, it } from 'vitest';
import { DESCRIBE_TABWRITER, GET_TABWRITER, tabwrite } from '../../../src/shell/printers/tabwriter.ts';

describe("Go's tabwriter as kubectl uses it", () => {
  it('pads each column to its longest cell plus 3, at least 6, and never the last', () => {
    expect(tabwrite('NAME\tSECRETS\tAGE\ndefault\t0\t5m3s\n', GET_TABWRITER)).toBe('NAME      SECRETS   AGE\ndefault   0         5m3s\n');
    expect(tabwrite('NAME\tAGE\na\t1s\n', GET_TABWRITER)).toBe('NAME   AGE\na      1s\n');
  });

  it('empty trailing cells pad only up to the last tab', () => {
    expect(tabwrite('NAME\tROLE\tAGE\tUSERS\tGROUPS\tSERVICEACCOUNTS\nrb\tRole/r\t10s\t\t\tsomaz/default\n', GET_TABWRITER)).toBe(
      'NAME   ROLE     AGE   USERS   GROUPS   SERVICEACCOUNTS\nrb     Role/r   10s                    somaz/default\n',
    );
  });

  it('a line without tabs ends the column blocks (describe)', () => {
    const text = 'Name:\tdefault\nNamespace:\tsomaz\n\nData\n====\nca.crt:\t1099 bytes\nnamespace:\t5 bytes\n';
    expect(tabwrite(text, DESCRIBE_TABWRITER)).toBe('Name:       default\nNamespace:  somaz\n\nData\n====\nca.crt:     1099 bytes\nnamespace:  5 bytes\n');
  });

  it('nested blocks: a column only counts the lines that have it', () => {
    const text = 'a\tb\tc\naaaa\tbb\nx\ty\tzzz\n';
    expect(tabwrite(text, { minwidth: 0, tabwidth: 8, padding: 1, padchar: ' ' })).toBe('a    b c\naaaa bb\nx    y zzz\n');
  });

  it('counts runes, not bytes', () => {
    expect(tabwrite('é\tx\nab\ty\n', { minwidth: 0, tabwidth: 8, padding: 1, padchar: ' ' })).toBe('é  x\nab y\n');
  });
});
