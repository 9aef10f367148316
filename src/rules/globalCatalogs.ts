// The rules' *suitable global catalog* (docs/rules.md): writable, Windows Server 2003 SP1 or later,
// Windows Server 2008 R2 only from Exchange 2007 SP1. site-needs-gc and gc-mailbox-ratio count these.
import type { Arch, ServicePack } from '../model/schema.ts';

/** A global catalog of a site: a domain-controller item or a server that is a DC and GC. */
export interface GlobalCatalog {
  id: string;
  name: string;
  cores: number | undefined;
  /** The rules' *suitable global catalog*: writable, Windows Server 2003 SP1 or later (2008 R2 from SP1). */
  suitable: boolean;
  /** x86 or x64 as stated; undefined when a domain-controller item leaves it out (a server defaults to x64). */
  arch: Arch | undefined;
}

/** The operating systems of a suitable global catalog under the plan's Exchange 2007 build. */
export function suitableGcOs(os: string, servicePack: ServicePack): boolean {
  return os === 'windows2003' || os === 'windows2008' || (os === 'windows2008r2' && servicePack !== 'RTM');
}
