// The attribute of a draw.io diagram's root cell that carries the plan JSON: draw.io keeps it as
// the diagram's data when it saves. Its own module, so the reader loads without the writer.
export const DRAWIO_PLAN_ATTRIBUTE = 'exchangeTopologyPlan';
