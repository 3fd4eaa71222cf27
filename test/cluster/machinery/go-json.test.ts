import { describe, expect, it } from 'vitest';
import { goJson, goQuoteList } from '../../../src/cluster/machinery/go-json.ts';

describe('JSON as Go writes it', () => {
  it('escapes <, > and & like json.Encoder', () => {
    expect(goJson({ aud: ['<https://kubernetes.default.svc>'], q: 'a&b' }, false)).toBe('{"aud":["\\u003chttps://kubernetes.default.svc\\u003e"],"q":"a\\u0026b"}\n');
  });
  it('pretty output has two-space indent and no trailing newline', () => {
    expect(goJson({ kind: 'Status', metadata: {}, items: [] }, true)).toBe('{\n  "kind": "Status",\n  "metadata": {},\n  "items": []\n}');
  });
  it("quotes lists as Go's %q does", () => {
    expect(goQuoteList(['system:serviceaccounts', 'system:authenticated'])).toBe('["system:serviceaccounts" "system:authenticated"]');
  });
});
