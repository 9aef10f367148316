// Active Directory: the domain and schema master levels Exchange 2007 Setup checks before /PrepareAD.
import { OS_LABEL } from '../model/labels.ts';
import { family } from './define.ts';

const rule = family('Active Directory');

const DOMAIN_LEVEL_LABEL: Record<string, string> = {
  'windows2000-mixed': 'Windows 2000 mixed',
  'windows2003-interim': 'Windows Server 2003 interim',
};

export const adDomainLevel = rule(
  {
    id: 'ad-domain-level',
    severity: 'error',
    title: 'Domains at Windows 2000 native level or higher',
    why: 'Exchange 2007 needs every domain with Exchange servers or recipients at Windows 2000 native functional level or higher.',
    sources: ['SYSREQ'],
    fix: 'Raise the domain functional level to Windows 2000 native or higher.',
  },
  (ix, found) => {
    const level = ix.plan.activeDirectory?.domainFunctionalLevel;
    const label = level === undefined ? undefined : DOMAIN_LEVEL_LABEL[level];
    if (label === undefined) return [];
    return [
      found(
        [],
        `The domain functional level is ${label}. Exchange 2007 needs Windows 2000 native or higher: raise the domain functional level before preparing Active Directory.`,
      ),
    ];
  },
);

export const adSchemaMaster = rule(
  {
    id: 'ad-schema-master',
    severity: 'error',
    title: 'Schema master on Windows Server 2003 SP1 or later',
    why: 'Setup /PrepareSchema needs the schema master to run Windows Server 2003 SP1 or later.',
    sources: ['SYSREQ'],
    fix: 'Move the schema master role to a domain controller running Windows Server 2003 SP1 or later.',
  },
  (ix, found) => {
    const os = ix.plan.activeDirectory?.schemaMasterOs;
    if (os !== 'windows2000' && os !== 'windows2003-rtm') return [];
    return [
      found(
        [],
        `The schema master runs ${OS_LABEL[os]}. Exchange 2007 needs it on Windows Server 2003 SP1 or later: upgrade it or move the role to such a domain controller.`,
      ),
    ];
  },
);

export const ACTIVE_DIRECTORY_RULES = [adDomainLevel, adSchemaMaster];
