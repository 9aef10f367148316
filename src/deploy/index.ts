// The deployment module's public surface: Setup.com commands per server, the whole-plan checklist,
// the diff between an installed and a planned topology, and their Markdown and text forms.
export type * from './types.ts';
export { serverCommands } from './commands.ts';
export { createServerCommands } from './serverCommandsMemo.ts';
export { checklist, checklistSteps } from './checklist.ts';
export { diffPlans } from './diff.ts';
export { matchServers } from './matching.ts';
export { deploymentFacts, type DeploymentContext } from './facts.ts';
export { checklistToMarkdown, diffToMarkdown, stepToMarkdown } from './markdown.ts';
export { checklistToText, diffToText, stepsToText } from './text.ts';
export { INSTALL_ORDER, PLACEHOLDER, setupInstall, setupUninstall } from './setup.ts';
export { cmdArg, psArg } from './values.ts';
