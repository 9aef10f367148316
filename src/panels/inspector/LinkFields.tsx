// A link: its kind and its two ends, chosen among every item of the plan.
import { isolate } from '../../model/bidi.ts';
import { LINK_LABEL, updateLink } from '../../model/index.ts';
import { edit } from '../../store/actions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { LINK_STYLE } from '../../theme/tokens.ts';
import { Section, SelectField } from './fields.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import { LINK_KIND_OPTIONS, LINK_MEANING, type Option } from './options.ts';

/** Every item a link can join, grouped by what it is. */
function useEnds(): Option<string>[] {
  const sites = usePlanStore((s) => s.plan.sites);
  const servers = usePlanStore((s) => s.plan.servers);
  const clusters = usePlanStore((s) => s.plan.clusters);
  const infrastructure = usePlanStore((s) => s.plan.infrastructure);
  return [
    ...sites.map((x) => ({ value: x.id, label: x.name, group: 'Sites' })),
    ...servers.map((x) => ({ value: x.id, label: x.name, group: 'Servers' })),
    ...clusters.map((x) => ({ value: x.id, label: x.name, group: 'Clusters' })),
    ...infrastructure.map((x) => ({ value: x.id, label: x.name, group: 'Infrastructure' })),
  ];
}

export function LinkFields({ id }: { id: string }) {
  const link = usePlanStore((s) => s.plan.links.find((l) => l.id === id));
  const readOnly = usePlanStore((s) => s.readOnly);
  const ends = useEnds();
  if (!link) return null;
  const name = (itemId: string) => ends.find((o) => o.value === itemId)?.label ?? itemId;
  // A link never joins an item to itself: each end offers everything but the other end.
  const besides = (other: string) => ends.filter((o) => o.value !== other);
  const style = LINK_STYLE[link.kind];
  const icon = (
    <svg width={16} height={16} viewBox="0 0 16 16">
      <line
        x1={1}
        y1={8}
        x2={15}
        y2={8}
        stroke={style.color}
        strokeWidth={2}
        strokeDasharray={style.dash || undefined}
      />
    </svg>
  );
  return (
    <ItemFrame id={id} icon={icon} kind="Link" title={`${isolate(name(link.from))} → ${isolate(name(link.to))}`}>
      <Section title={LINK_LABEL[link.kind]}>
        <SelectField
          label="Link kind"
          value={link.kind}
          options={LINK_KIND_OPTIONS}
          onChange={(kind) => kind && edit((p) => updateLink(p, id, { kind }))}
          hint={LINK_MEANING[link.kind]}
        />
        <SelectField
          label="From"
          value={link.from}
          options={besides(link.to)}
          onChange={(from) => from && edit((p) => updateLink(p, id, { from }))}
        />
        <SelectField
          label="To"
          value={link.to}
          options={besides(link.from)}
          onChange={(to) => to && edit((p) => updateLink(p, id, { to }))}
        />
        <button
          type="button"
          className="small"
          disabled={readOnly}
          onClick={() => edit((p) => updateLink(p, id, { from: link.to, to: link.from }))}
        >
          Swap ends
        </button>
      </Section>
    </ItemFrame>
  );
}
