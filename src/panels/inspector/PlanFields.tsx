// The plan's own fields, shown when nothing (or several things) is selected.
import { useShallow } from 'zustand/shallow';
import { updatePlan, type ActiveDirectory } from '../../model/index.ts';
import { edit } from '../../store/actions.ts';
import { deleteSelection } from '../../store/deleteActions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { ItemIcon } from '../../canvas/Icon.tsx';
import { organizationNameWarning, parseOrganizationName, parsePlanName } from './checks.ts';
import { CheckboxField, Section, SelectField, TextField } from './fields.tsx';
import { InspectorHeader } from './ItemFrame.tsx';
import {
  countOf,
  DC_OS_OPTIONS,
  DOMAIN_LEVEL_OPTIONS,
  FOREST_LEVEL_OPTIONS,
  LEGACY_MODE_OPTIONS,
  SERVICE_PACK_OPTIONS,
} from './options.ts';

const NOT_STATED = '(not stated)';
const NOT_KNOWN = '(not known: the checklist asks)';

const setActiveDirectory = (patch: Partial<ActiveDirectory>) =>
  edit((p) => updatePlan(p, { activeDirectory: { ...p.activeDirectory, ...patch } }));

export function PlanFields({ selected }: { selected: number }) {
  const name = usePlanStore((s) => s.plan.name);
  const organizationName = usePlanStore((s) => s.plan.organizationName);
  const servicePack = usePlanStore((s) => s.plan.exchange.servicePack);
  const legacyMode = usePlanStore((s) => s.plan.exchange.legacyMode);
  const outlook2003Clients = usePlanStore((s) => s.plan.exchange.outlook2003Clients === true);
  const ad = usePlanStore((s) => s.plan.activeDirectory);
  return (
    <>
      <InspectorHeader icon={<ItemIcon name="site" size={16} />} kind="Plan" title={name} />
      {selected > 1 && <SeveralSelected count={selected} />}
      <Section title="Plan">
        <TextField
          label="Plan name"
          value={name}
          parse={parsePlanName}
          onCommit={(v) => edit((p) => updatePlan(p, { name: v }))}
        />
        <TextField
          label="Organization name"
          value={organizationName}
          parse={parseOrganizationName}
          warn={organizationNameWarning}
          warnTone="error"
          onCommit={(v) => edit((p) => updatePlan(p, { organizationName: v }))}
          placeholder={NOT_STATED}
          hint="The Exchange organization (Setup's /OrganizationName): up to 64 letters, digits, spaces and hyphens."
        />
      </Section>
      <Section title="Exchange">
        <SelectField
          label="Service pack"
          value={servicePack}
          options={SERVICE_PACK_OPTIONS}
          onChange={(v) => v && edit((p) => updatePlan(p, { servicePack: v }))}
          hint="The Exchange 2007 build every Exchange 2007 server in the plan runs."
        />
        <SelectField
          label="Exchange 2000/2003 organization mode"
          value={legacyMode}
          options={LEGACY_MODE_OPTIONS}
          empty={NOT_KNOWN}
          onChange={(v) => edit((p) => updatePlan(p, { legacyMode: v }))}
          hint="Of the existing Exchange 2000/2003 organization: Exchange 2007 joins only one in native mode."
        />
        <CheckboxField
          label="Outlook 2003 or earlier clients remain"
          checked={outlook2003Clients}
          onChange={(v) => edit((p) => updatePlan(p, { outlook2003Clients: v }))}
          hint="The first Mailbox server is then installed with /EnableLegacyOutlook (a public folder database)."
        />
      </Section>
      <Section title="Active Directory">
        <SelectField
          label="Domain functional level"
          value={ad?.domainFunctionalLevel}
          options={DOMAIN_LEVEL_OPTIONS}
          empty={NOT_STATED}
          onChange={(v) => setActiveDirectory({ domainFunctionalLevel: v })}
        />
        <SelectField
          label="Forest functional level"
          value={ad?.forestFunctionalLevel}
          options={FOREST_LEVEL_OPTIONS}
          empty={NOT_STATED}
          onChange={(v) => setActiveDirectory({ forestFunctionalLevel: v })}
        />
        <SelectField
          label="Schema master operating system"
          value={ad?.schemaMasterOs}
          options={DC_OS_OPTIONS}
          empty={NOT_STATED}
          onChange={(v) => setActiveDirectory({ schemaMasterOs: v })}
        />
      </Section>
      <PlanSummary />
    </>
  );
}

function PlanSummary() {
  const [sites, servers, clusters, infrastructure, links] = usePlanStore(
    useShallow((s) => [
      s.plan.sites.length,
      s.plan.servers.length,
      s.plan.clusters.length,
      s.plan.infrastructure.length,
      s.plan.links.length,
    ]),
  );
  const rows: [string, number][] = [
    ['Sites', sites],
    ['Servers', servers],
    ['Clusters', clusters],
    ['Infrastructure', infrastructure],
    ['Links', links],
  ];
  return (
    <Section title="Summary">
      <dl className="insp-summary">
        {rows.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {sites + servers + clusters + infrastructure === 0 && (
        <p className="insp-empty">
          Drag a site or a server from the palette onto the canvas, then select it to edit it here.
        </p>
      )}
    </Section>
  );
}

function SeveralSelected({ count }: { count: number }) {
  const readOnly = usePlanStore((s) => s.readOnly);
  return (
    <div className="insp-note insp-several">
      <p>
        {countOf(count, 'item')} selected. Select one item to edit its fields; the plan is shown meanwhile.
      </p>
      <button type="button" className="insp-button danger" disabled={readOnly} onClick={deleteSelection}>
        Delete {countOf(count, 'item')}
      </button>
    </div>
  );
}
