// Infrastructure: any item's name and site; a domain controller's global catalog, OS, RODC and cores.
import {
  INFRA_LABEL,
  moveInfrastructureToSite,
  updateInfrastructure,
  type DomainController,
} from '../../model/index.ts';
import { edit } from '../../store/actions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { ItemIcon } from '../../canvas/Icon.tsx';
import { COMPUTER_NAME_HINT, otherComputerNames, parseComputerName, parseName } from './checks.ts';
import { CheckboxField, NumberField, Section, SelectField, TextField } from './fields.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import { ARCH_OPTIONS, DC_OS_OPTIONS, siteOptions } from './options.ts';

type DcPatch = { [K in keyof Omit<DomainController, 'id' | 'kind'>]?: DomainController[K] | undefined };

export function InfraFields({ id }: { id: string }) {
  const item = usePlanStore((s) => s.plan.infrastructure.find((i) => i.id === id));
  const sites = usePlanStore((s) => s.plan.sites);
  // Read when a name is checked, not on every store change: a pass over every computer in the plan.
  const others = () => otherComputerNames(usePlanStore.getState().plan, id);
  if (!item) return null;
  const dc = item.kind === 'domain-controller';
  return (
    <ItemFrame
      id={id}
      icon={<ItemIcon name={item.kind} size={16} />}
      kind={INFRA_LABEL[item.kind]}
      title={item.name}
    >
      <Section title="General">
        <TextField
          label="Name"
          value={item.name}
          parse={dc ? (text) => parseComputerName(text, others()) : parseName}
          onCommit={(name) => edit((p) => updateInfrastructure(p, id, { name }))}
          hint={dc ? COMPUTER_NAME_HINT : undefined}
        />
        <SelectField
          label="Site"
          value={item.site}
          options={siteOptions(sites)}
          empty="Not placed"
          onChange={(site) => edit((p) => moveInfrastructureToSite(p, id, site))}
        />
      </Section>
      {item.kind === 'domain-controller' && <DomainControllerFields dc={item} />}
    </ItemFrame>
  );
}

function DomainControllerFields({ dc }: { dc: DomainController }) {
  const set = (patch: DcPatch) => edit((p) => updateInfrastructure(p, dc.id, patch));
  return (
    <Section title="Domain controller">
      <CheckboxField
        label="Global catalog"
        checked={dc.globalCatalog}
        onChange={(globalCatalog) => set({ globalCatalog })}
      />
      <SelectField
        label="Operating system"
        value={dc.os}
        options={DC_OS_OPTIONS}
        onChange={(os) => os && set({ os })}
      />
      <CheckboxField
        label="Read-only domain controller (RODC)"
        checked={dc.readOnly}
        onChange={(readOnly) => set({ readOnly })}
        hint="Read-only domain controllers came with Windows Server 2008."
      />
      <NumberField
        label="Processor cores"
        value={dc.cores}
        onCommit={(cores) => set({ cores })}
        hint="Used by the sizing rules."
      />
      <SelectField
        label="Architecture"
        value={dc.arch}
        options={ARCH_OPTIONS}
        empty="(not stated: counted as 32-bit)"
        onChange={(arch) => set({ arch })}
        hint="Microsoft's global catalog ratio is 1 core per 8 Mailbox cores with 64-bit catalogs, 1 per 4 otherwise."
      />
    </Section>
  );
}
