// The document layer: plans as Yjs documents between the store and the model.
export { PlanDocument, LOAD_ORIGIN } from './planDocument.ts';
export { planTypes, progressMap, isEmptyPlanDoc, COLLECTIONS } from './shape.ts';
export { writePlanChange, writeWholePlan } from './bind.ts';
export { PlanDeriver, derivePlan } from './derive.ts';
// Storage and tab sync belong to the plan library (browserLibrary.ts), loaded after the first paint's script.
