// Quick fixes that add a computer: the new server's id and name are worked out from the plan the
// fix is applied to (newId, nextComputerName), so the label and the result always agree.
import { addServer, makeServer, newId, nextComputerName, moveRole } from '../../model/edits.ts';
import type { Plan, Role, Server } from '../../model/schema.ts';

export interface NewServer {
  roles: readonly Role[];
  site?: string | undefined;
  /** Computer name prefix: EX01, EDGE01, ... */
  prefix?: string;
  fields?: Partial<Server>;
}

/** The id and computer name the next added server will get. */
export function nextServer(plan: Plan, prefix = 'EX'): { id: string; name: string } {
  return { id: newId(plan, 'server'), name: nextComputerName(plan, prefix) };
}

/** Adds a server with the roles of `spec` (Exchange 2007, x64, defaults otherwise). */
export function withNewServer(plan: Plan, spec: NewServer): Plan {
  const { id, name } = nextServer(plan, spec.prefix);
  const server = makeServer({ ...spec.fields, id, name, roles: [...spec.roles] });
  if (spec.site !== undefined) server.site = spec.site;
  else delete server.site;
  return addServer(plan, server);
}

/** Moves roles off one server onto a new one (created with no roles, then each role moved). */
export function withRolesMoved(
  plan: Plan,
  fromServerId: string,
  roles: readonly Role[],
  spec: Omit<NewServer, 'roles'>,
): Plan {
  const { id } = nextServer(plan, spec.prefix);
  let next = withNewServer(plan, { ...spec, roles: [] });
  for (const role of roles) next = moveRole(next, fromServerId, id, role);
  return next;
}
