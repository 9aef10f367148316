import { describe, expect, it } from 'vitest';
import { base } from './cases/baseline.ts';
import { ROLE_CASES } from './cases/roles.ts';
import { checkCases } from './cases/ruleCase.ts';
import { validate } from './validate.ts';

checkCases(ROLE_CASES);

describe('roles on one computer', () => {
  it('words edge-alone as rules.md does', () => {
    const p = base().perimeter().server('EDGE01', ['HubTransport', 'EdgeTransport']).build();
    expect(validate(p).find((f) => f.rule === 'edge-alone')?.message).toBe(
      'EDGE01 runs Edge Transport with Hub Transport. Edge Transport must be alone on its server: move Hub Transport to an internal server.',
    );
  });

  it('names every other role once, in one finding', () => {
    const p = base().perimeter().server('EDGE01', ['Mailbox', 'ClientAccess', 'EdgeTransport']).build();
    const found = validate(p).filter((f) => f.rule === 'edge-alone');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('Mailbox and Client Access');
  });

  it('leaves an unplaced Edge server to server-unplaced', () => {
    const rules = validate(base().server('EDGE01', ['EdgeTransport'], { site: undefined }).build()).map(
      (f) => f.rule,
    );
    expect(rules).toContain('server-unplaced');
    expect(rules).not.toContain('edge-outside-forest');
  });
});
