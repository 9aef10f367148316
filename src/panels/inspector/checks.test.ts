import { describe, expect, it } from 'vitest';
import { emptyPlan, addServer, addCluster, addInfrastructure } from '../../model/index.ts';
import {
  dataPathWarning,
  organizationNameWarning,
  siteNameWarning,
  otherComputerNames,
  parseComputerName,
  parseCount,
  parseIpv4,
  parseOrganizationName,
  parsePlanName,
} from './checks.ts';

describe('parseIpv4', () => {
  it('accepts dotted quads and clears on empty', () => {
    expect(parseIpv4('10.0.0.50')).toEqual({ ok: true, value: '10.0.0.50' });
    expect(parseIpv4(' 255.255.255.0 ')).toEqual({ ok: true, value: '255.255.255.0' });
    expect(parseIpv4('')).toEqual({ ok: true, value: undefined });
  });
  it('refuses anything else', () => {
    for (const bad of ['10.0.0', '10.0.0.256', '10.0.0.05', 'a.b.c.d', '10.0.0.1.2', '10.0.0.1/24'])
      expect(parseIpv4(bad).ok, bad).toBe(false);
  });
});

describe('parseCount', () => {
  it('takes whole numbers of at least min, empty clears', () => {
    expect(parseCount('4', 1)).toEqual({ ok: true, value: 4 });
    expect(parseCount('', 1)).toEqual({ ok: true, value: undefined });
    expect(parseCount('0', 0)).toEqual({ ok: true, value: 0 });
  });
  it('refuses fractions, negatives, zero below min and words', () => {
    for (const bad of ['0', '-1', '1.5', '2e3', 'four', '99999999999999999999'])
      expect(parseCount(bad, 1).ok, bad).toBe(false);
  });
});

describe('organization name', () => {
  it('stores any name (a name Setup refuses is a finding, not a lost edit), clears on empty', () => {
    expect(parseOrganizationName('Contoso')).toEqual({ ok: true, value: 'Contoso' });
    expect(parseOrganizationName('  ')).toEqual({ ok: true, value: undefined });
    expect(parseOrganizationName('x'.repeat(65))).toEqual({ ok: true, value: 'x'.repeat(65) });
  });
  it('says what org-name-invalid will say', () => {
    expect(organizationNameWarning('Contoso Ltd-1')).toBeUndefined();
    expect(organizationNameWarning('Contoso, Inc.')).toMatch(
      /other than the letters A-Z, digits, hyphens and spaces/,
    );
    expect(organizationNameWarning('x'.repeat(65))).toMatch(/65 characters, more than the 64/);
    expect(organizationNameWarning('x'.repeat(65))).toMatch(/org-name-invalid/);
  });
});

describe('site names and data paths', () => {
  it('warn about what their rules refuse', () => {
    expect(siteNameWarning('Head office')).toBeUndefined();
    expect(siteNameWarning('Head\toffice')).toMatch(/control character/);
    expect(dataPathWarning('S:\\Exchange Data')).toBeUndefined();
    expect(dataPathWarning('S:\\100%')).toMatch(/the character %.*cms-data-path/);
    expect(dataPathWarning('')).toBeUndefined();
  });
});

describe('names', () => {
  it('checks the plan name length', () => {
    expect(parsePlanName(' HQ ')).toEqual({ ok: true, value: 'HQ' });
    expect(parsePlanName('').ok).toBe(false);
    expect(parsePlanName('x'.repeat(121)).ok).toBe(false);
  });
  it('refuses invalid and duplicate computer names, ignoring case', () => {
    expect(parseComputerName('EX02', ['EX01'])).toEqual({ ok: true, value: 'EX02' });
    expect(parseComputerName('ex01', ['EX01']).ok).toBe(false);
    expect(parseComputerName('EX 01', []).ok).toBe(false);
    expect(parseComputerName('1234', []).ok).toBe(false);
  });
  it('lists the computer names of other servers, clusters and domain controllers', () => {
    let plan = addServer(emptyPlan(), { id: 's1', name: 'EX01' });
    plan = addServer(plan, { id: 's2', name: 'EX02' });
    plan = addCluster(plan, { id: 'c1', name: 'CMS01', type: 'CCR' });
    plan = addInfrastructure(plan, { id: 'd1', kind: 'domain-controller', name: 'DC01' });
    plan = addInfrastructure(plan, { id: 'f1', kind: 'firewall', name: 'Firewall' });
    expect(otherComputerNames(plan, 's1')).toEqual(['EX02', 'CMS01', 'DC01']);
  });
});
