// Going from the deploy or compare view back to the diagram: select items so the inspector shows
// them, zoom the canvas to them, and put the cursor in the field a placeholder asks for.
import { useUi } from '../../app/uiState.ts';
import { select } from '../../store/actions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { useView } from '../../store/view.ts';

type View = 'design' | 'deploy' | 'diff';

/** Plan fields a placeholder can name (the last part of its path), as the inspector labels them. */
const FIELD_LABEL: Record<string, string> = {
  ipAddress: 'IP address',
  dataPath: 'Data path',
  witness: 'Witness server',
  organizationName: 'Organization name',
};

/** The name field of each kind of item, as the inspector labels it. */
const NAME_LABEL: Record<string, string> = { servers: 'Server name', clusters: 'Cluster name', sites: 'Site name' };

const afterLayout = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));

let leftDesignOn: string | undefined;

/**
 * Shows a view. The hidden diagram cannot measure a plan opened meanwhile (a template opened from
 * the Deploy view), so coming back to another plan than the one left fits it in view.
 */
export function setView(view: View) {
  const ui = useUi.getState();
  if (ui.view === view) return;
  const planId = usePlanStore.getState().planId;
  if (ui.view === 'design') leftDesignOn = planId;
  ui.set({ view });
  if (view === 'design' && leftDesignOn !== undefined && leftDesignOn !== planId)
    afterLayout(() => useView.getState().requestFit());
}

/** Switches to the design view with `ids` selected and in view. */
export function showInDesign(ids: readonly string[]) {
  setView('design');
  useUi.getState().set({ inspectorOpen: true });
  select([...ids]);
  if (ids.length > 0) afterLayout(() => useView.getState().requestFocus([...ids]));
}

/** Selects the item a placeholder belongs to (none: the plan's own fields) and focuses its field. */
export function fillIn(placeholder: { field?: string; itemId?: string }) {
  showInDesign(placeholder.itemId ? [placeholder.itemId] : []);
  const key = placeholder.field?.split('.').pop() ?? '';
  const collection = /^(\w+)\[/.exec(placeholder.field ?? '')?.[1] ?? '';
  const label = key === 'name' ? NAME_LABEL[collection] : FIELD_LABEL[key];
  if (!label) return;
  afterLayout(() => {
    const inspector = document.querySelector('[data-testid="inspector"]');
    const labelEl = [...(inspector?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.trim() === label);
    const control = labelEl?.htmlFor ? document.getElementById(labelEl.htmlFor) : undefined;
    if (control instanceof HTMLElement) {
      control.focus();
      control.scrollIntoView({ block: 'center' });
    }
  });
}
