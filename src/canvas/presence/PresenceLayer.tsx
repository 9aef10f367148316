// Presence on the canvas, loaded only while the plan is in a team room: outside one (most of the
// time) the canvas carries none of it in its first script.
import { later } from '../../app/later.tsx';
import { useTeam } from '../../store/team.ts';

const RoomPresence = later(async () => (await import('./RoomPresence.tsx')).RoomPresence);

export function PresenceLayer() {
  const inRoom = useTeam((s) => s.status !== 'none');
  return inRoom ? <RoomPresence /> : null;
}
