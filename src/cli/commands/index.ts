// Every subcommand of exchange-topology. To add one, add ONE line here exporting its CliCommand
// (built with defineCommand from ../command.ts):
//   export { renderCommand } from './render.ts';
// main.ts lists every CliCommand exported from this file, sorted by name, so registrations never
// conflict over a shared array and the order of these lines does not matter.
export { arrangeCommand } from './arrange.ts';
export { commandsCommand } from './commands.ts';
export { diffCommand } from './diff.ts';
export { linkCommand } from './link.ts';
export { renderCommand } from './render.ts';
export { unlinkCommand } from './unlink.ts';
export { templateCommand } from './template.ts';
export { validateCommand } from './validate.ts';
