import { openTemplate } from '../app/commands.ts';

/** What an empty plan says: how to begin. */
export function EmptyCanvas() {
  return (
    <div className="empty-canvas">
      <h2>This plan is empty</h2>
      <p>Drag an AD site or a server here from the palette, or start from one of Microsoft’s reference layouts:</p>
      <div className="empty-actions">
        <button onClick={() => openTemplate('figure-1')}>Figure 1: four roles on one server</button>
        <button onClick={() => openTemplate('figure-2')}>Figure 2: each role on its own computer</button>
        <button onClick={() => openTemplate('figure-3')}>Figure 3: clustered mailbox server</button>
      </div>
    </div>
  );
}
