import { describe, expect, it } from 'vitest';
import { wellFormedProblems } from './wellFormed.ts';

// The checker guards the escaping tests, so it must itself reject what a real parser rejects.
describe('wellFormedProblems', () => {
  it('accepts a well-formed document', () => {
    expect(
      wellFormedProblems(
        '<?xml version="1.0"?>\n<a x="1" y=\'&amp;\'><b/><!-- c --><![CDATA[<]]>t&#60;</a>\n',
      ),
    ).toEqual([]);
  });

  it.each([
    ['unbalanced tags', '<a><b></a>'],
    ['an unclosed root', '<a>'],
    ['two roots', '<a/><b/>'],
    ['a bare ampersand', '<a>x & y</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['"<" in an attribute', '<a x="<"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['a stray "<"', '<a>1 < 2</a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['a control character', '<a>\u0001</a>'],
    ['text outside the root', 'x<a/>'],
  ])('rejects %s', (_, xml) => {
    expect(wellFormedProblems(xml)).not.toEqual([]);
  });
});
