// Who this person is in team rooms: a name and a color, asked once and kept in this browser.
import { cleanName, PRESENCE_COLORS } from '../doc/presence.ts';

export interface Identity {
  name: string;
  color: string;
}

const KEY = 'etd-team-identity';

export function loadIdentity(): Identity | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Identity> | null;
    const name = cleanName(raw?.name);
    const color = PRESENCE_COLORS.includes(raw?.color ?? '') ? raw!.color! : undefined;
    return name && color ? { name, color } : undefined;
  } catch {
    return undefined;
  }
}

export function saveIdentity(identity: Identity): Identity {
  const clean = { name: cleanName(identity.name), color: PRESENCE_COLORS.includes(identity.color) ? identity.color : PRESENCE_COLORS[0]! };
  try {
    localStorage.setItem(KEY, JSON.stringify(clean));
  } catch {
    // Storage refused (a private window): the identity lasts for this tab.
  }
  return clean;
}

/** A color for someone new: one of the palette, picked at random so a team starts varied. */
export const suggestColor = () => PRESENCE_COLORS[Math.floor(Math.random() * PRESENCE_COLORS.length)]!;
