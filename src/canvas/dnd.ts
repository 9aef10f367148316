// Drag-and-drop payload types between the palette, role chips and the canvas.
export const PALETTE_MIME = 'application/x-exchange-topology-palette';
export const ROLE_MIME = 'application/x-exchange-topology-role';
