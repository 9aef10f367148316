// A server's Windows, Exchange and hardware settings.
import { memo } from 'react';
import { PRODUCT_LABEL, updateServer, type Server } from '../../model/index.ts';
import { edit } from '../../store/actions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { CheckboxField, NumberField, Section, SelectField } from './fields.tsx';
import {
  ARCH_OPTIONS,
  EXCHANGE_EDITION_OPTIONS,
  SERVER_OS_OPTIONS,
  WINDOWS_EDITION_OPTIONS,
} from './options.ts';

type ServerPatch = Parameters<typeof updateServer>[2];

type Props = { server: Server };

/** What these sections do not show of a server (but whether it is a Mailbox server). */
const NOT_SHOWN: ReadonlySet<string> = new Set<keyof Server>(['roles', 'name', 'site', 'cluster']);
const isMailbox = (s: Server) => s.roles.includes('Mailbox');

/** Whether both servers show the same here: a role, name, site or cluster edit does not draw them again. */
export function samePlatform({ server: a }: Props, { server: b }: Props): boolean {
  if (isMailbox(a) !== isMailbox(b)) return false;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
    if (!NOT_SHOWN.has(key) && a[key as keyof Server] !== b[key as keyof Server]) return false;
  return true;
}

export const ServerPlatform = memo(function ServerPlatform({ server }: Props) {
  const servicePack = usePlanStore((s) => s.plan.exchange.servicePack);
  const set = (patch: ServerPatch) => edit((p) => updateServer(p, server.id, patch));
  const legacy = server.product !== 'exchange2007';
  // Mailbox settings only matter on a Mailbox server; still shown while set, so they can be cleared.
  const mailbox = isMailbox(server) || server.storageGroups !== undefined || server.lcr;
  return (
    <>
      <Section title="Windows">
        <SelectField
          label="Operating system"
          value={server.os}
          options={SERVER_OS_OPTIONS}
          onChange={(os) => os && set({ os })}
        />
        <SelectField
          label="Architecture"
          value={server.arch}
          options={ARCH_OPTIONS}
          onChange={(arch) => arch && set({ arch })}
        />
        <SelectField
          label="Windows edition"
          value={server.windowsEdition}
          options={WINDOWS_EDITION_OPTIONS}
          onChange={(windowsEdition) => windowsEdition && set({ windowsEdition })}
        />
        <CheckboxField
          label="Domain controller"
          checked={server.domainController}
          onChange={(domainController) => set({ domainController })}
        />
        <CheckboxField
          label="Global catalog"
          checked={server.globalCatalog}
          onChange={(globalCatalog) => set({ globalCatalog })}
          hint="A global catalog is always a domain controller too."
        />
      </Section>
      <Section title="Exchange">
        <SelectField
          label="Exchange edition"
          value={server.exchangeEdition}
          options={EXCHANGE_EDITION_OPTIONS}
          onChange={(exchangeEdition) => exchangeEdition && set({ exchangeEdition })}
          hint={
            legacy ? undefined : `Runs Exchange 2007 ${servicePack}, the service pack set for the whole plan.`
          }
        />
        {legacy && (
          <NumberField
            label="Installed service pack"
            min={0}
            value={server.legacyServicePack}
            onCommit={(legacyServicePack) => set({ legacyServicePack })}
            hint={`The ${PRODUCT_LABEL[server.product]} service pack number installed, e.g. 2.`}
          />
        )}
      </Section>
      {mailbox && (
        <Section title="Mailbox">
          <NumberField
            label="Storage groups"
            value={server.storageGroups}
            onCommit={(storageGroups) => set({ storageGroups })}
          />
          <CheckboxField
            label="Local continuous replication (LCR)"
            checked={server.lcr}
            onChange={(lcr) => set({ lcr })}
          />
        </Section>
      )}
      <Section title="Hardware">
        <NumberField
          label="Processor cores"
          value={server.cores}
          onCommit={(cores) => set({ cores })}
          hint="Used by the sizing rules."
        />
      </Section>
    </>
  );
}, samePlatform);
