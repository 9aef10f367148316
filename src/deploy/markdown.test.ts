import { describe, expect, it } from 'vitest';
import { removeItems, updateCluster } from '../model/edits.ts';
import { checklist } from './checklist.ts';
import { diffPlans } from './diff.ts';
import { checklistToMarkdown, diffToMarkdown } from './markdown.ts';
import { figure1, figure3 } from './test-plans.ts';
import { checklistToText, diffToText } from './text.ts';

const names = (p: ReturnType<typeof figure3>) => new Map(p.servers.map((s) => [s.id, s.name]));

describe('checklist as Markdown', () => {
  const p = updateCluster(figure3(), 'cms01', { ipAddress: undefined });
  const md = checklistToMarkdown(checklist(p), names(p));

  it('is a task list under section headings, commands in fenced code blocks inside the item', () => {
    expect(md.startsWith('# Deployment checklist: Figure 3\n')).toBe(true);
    expect(md).toContain('## Install: Head office');
    expect(md).toContain('- [ ] **Install the clustered mailbox server CMS01 on MBX01 (active node)**');
    expect(md).toContain(
      '  ```cmd\n  Setup.com /mode:Install /roles:Mailbox /NewCms /CMSName:CMS01 /CMSIPAddress:<CMS IP address>\n  ```',
    );
    expect(md).toContain('  ```powershell\n  # On EDGE01 (Exchange Management Shell)');
  });

  it('names the placeholder and the plan field that fills it', () => {
    expect(md).toContain('Fill in: `<CMS IP address>`: CMS IP address (plan field `clusters[0].ipAddress`)');
  });

  it('says where a step runs when its title does not', () => {
    expect(md).toContain('- [ ] **Form the Windows failover cluster for CMS01** (on MBX01)');
    expect(md).not.toContain('**Prerequisites on CAS01** (on CAS01)');
  });

  it('puts the errors first', () => {
    const withErrors = checklistToMarkdown(
      checklist(p, [{ rule: 'x', severity: 'error', subjects: [], message: 'Broken.' }]),
    );
    expect(withErrors.indexOf('Fix 1 error')).toBeLessThan(withErrors.indexOf('Prerequisites'));
  });
});

describe('diff as Markdown and text', () => {
  const current = removeItems(figure1(), ['edge01']);

  it('lists the changes in order under numbered headings, with an overview first', () => {
    const md = diffToMarkdown(diffPlans(current, figure1()));
    expect(md).toContain('# From Figure 1 to Figure 1');
    expect(md).toContain(
      '- Build: EDGE01\n\n## 1. Build EDGE01 (Edge Transport)\n\n1. **Prerequisites on EDGE01**',
    );
    expect(md).toContain('Unchanged: EX01.');
  });

  it('says when there is nothing to do', () => {
    expect(diffToMarkdown(diffPlans(figure1(), figure1()))).toContain('No changes');
    expect(diffToText(diffPlans(figure1(), figure1()))).toContain('No changes');
  });

  it('prints plain text with indented commands', () => {
    const text = diffToText(diffPlans(figure1(), current));
    expect(text).toContain('\nRetire: EDGE01\n');
    expect(text).toContain('== 1. Retire EDGE01 (Edge Transport) ==');
    expect(text).toContain('\n        Remove-EdgeSubscription -Identity EDGE01\n');
  });
});

describe('checklist as text', () => {
  it('numbers the steps across sections with tick boxes', () => {
    const text = checklistToText(checklist(figure1()), names(figure1()));
    expect(text).toContain('== Prepare Active Directory ==');
    expect(text).toMatch(/\[ \] 1\. Prerequisites on EX01/);
    expect(text).toContain('        Setup.com /PrepareAD /OrganizationName:Contoso');
  });
});
