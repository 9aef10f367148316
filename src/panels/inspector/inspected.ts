// Which item the inspector shows. Its fields stay mounted from one item to the next of the same kind
// (the next server's name and roles are written into the same elements, so a palette add or a click
// restyles and lays out what changed rather than the whole column); what keeps state of its own for
// an item (a text field's draft, the Setup commands drawn after the item's first paint) is keyed by it.
import { createContext, useContext } from 'react';

export const InspectedItem = createContext<string | undefined>(undefined);

/** The id of the item the inspector shows (undefined outside an item's fields). */
export const useInspected = () => useContext(InspectedItem);
