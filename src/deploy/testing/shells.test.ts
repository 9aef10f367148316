import { describe, expect, it } from 'vitest';
import { argv, cmdTokens, powershellTokens } from './shells.ts';

// The tokenizers must see what an attacker would use, or the property test proves nothing.
describe('test tokenizers', () => {
  it('cmd.exe: operators outside quotes, expansions anywhere, quotes removed', () => {
    expect(cmdTokens('Setup.com /OrganizationName:"Contoso" & calc.exe & ""').map((t) => t.type)).toEqual([
      'arg',
      'arg',
      'op',
      'arg',
      'op',
      'arg',
    ]);
    expect(cmdTokens('Setup.com /OrganizationName:"Contoso & Co"')).toEqual([
      { type: 'arg', text: 'Setup.com' },
      { type: 'arg', text: '/OrganizationName:Contoso & Co' },
    ]);
    expect(cmdTokens('x "%PATH%"').filter((t) => t.type === 'expanding')).toHaveLength(2);
    expect(() => cmdTokens('x "open')).toThrow(/unbalanced/);
  });

  it('argv: backslashes before a quote halve, and an odd one escapes it', () => {
    expect(argv('/CMSDataPath:"S:\\Exchange Data\\\\"')).toEqual(['/CMSDataPath:S:\\Exchange Data\\']);
    expect(argv('a\\\\\\"b c')).toEqual(['a\\"b', 'c']);
    expect(argv('/CMSDataPath:"S:\\Exchange Data\\" next')).toEqual(['/CMSDataPath:S:\\Exchange Data" next']);
  });

  it('PowerShell: single quotes are literal (typographic ones too), double quotes and bare $ expand', () => {
    expect(powershellTokens("-Site 'Head office $(calc)' -X 'it''s'")).toEqual([
      { type: 'param', text: '-Site' },
      { type: 'arg', text: 'Head office $(calc)' },
      { type: 'param', text: '-X' },
      { type: 'arg', text: "it's" },
    ]);
    expect(powershellTokens('-Site "Head office $(Start-Process calc.exe)"')[1]?.type).toBe('expanding');
    expect(powershellTokens("-Site 'a’; calc; ‘b'").map((t) => t.type)).toEqual([
      'param',
      'arg',
      'op',
      'arg',
      'op',
      'arg',
    ]);
    expect(
      powershellTokens('Get-Service MSExchange* | Where-Object { $_.Status }').map((t) => t.type),
    ).toEqual(['arg', 'arg', 'op', 'arg', 'op', 'var', 'arg', 'op']);
  });
});
