// A site: its name and whether it is an Active Directory site or a perimeter network.
import { updateSite } from '../../model/index.ts';
import { edit, select } from '../../store/actions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { ItemIcon } from '../../canvas/Icon.tsx';
import { parseName, siteNameWarning } from './checks.ts';
import { Section, SelectField, TextField } from './fields.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import { SITE_KIND_OPTIONS } from './options.ts';

const KIND_HINT = {
  'ad-site': 'Its servers are members of the internal Active Directory forest.',
  perimeter:
    'Outside the internal forest (workgroup or a separate perimeter domain): where Edge Transport servers go.',
} as const;

export function SiteFields({ id }: { id: string }) {
  const site = usePlanStore((s) => s.plan.sites.find((x) => x.id === id));
  const servers = usePlanStore((s) => s.plan.servers);
  const infrastructure = usePlanStore((s) => s.plan.infrastructure);
  if (!site) return null;
  const items = [...servers, ...infrastructure].filter((item) => item.site === id);
  return (
    <ItemFrame
      id={id}
      icon={<ItemIcon name={site.kind === 'perimeter' ? 'perimeter' : 'site'} size={16} />}
      kind="Site"
      title={site.name}
      container
    >
      <Section title="Site">
        <TextField
          label="Site name"
          value={site.name}
          parse={parseName}
          warn={siteNameWarning}
          warnTone="error"
          onCommit={(name) => edit((p) => updateSite(p, id, { name }))}
        />
        <SelectField
          label="Site kind"
          value={site.kind}
          options={SITE_KIND_OPTIONS}
          onChange={(kind) => kind && edit((p) => updateSite(p, id, { kind }))}
          hint={KIND_HINT[site.kind]}
        />
      </Section>
      <Section title={`Contents (${items.length})`}>
        {items.length === 0 ? (
          <p className="insp-empty">
            Nothing placed here yet. Drag servers or infrastructure into the site on the canvas.
          </p>
        ) : (
          <ul className="insp-list">
            {items.map((item) => (
              <li key={item.id}>
                <button type="button" className="insp-list-button" onClick={() => select([item.id])}>
                  {item.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </ItemFrame>
  );
}
