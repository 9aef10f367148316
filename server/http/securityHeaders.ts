// The HTTP headers the team server sends with the app: the same policy as the built app's meta tag
// (its own scripts only, no eval, talks only to its own origin; 'self' covers the same origin's
// ws:/wss: for the rooms), and what a meta tag cannot say: no framing, no sniffing, no referrer.
// NOTE for the integrator: src/security/headers.ts (the hardening branch) holds the shared list;
// once merged, import SECURITY_HEADERS from there instead of this module.
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': POLICY.join('; '),
  'X-Content-Type-Options': 'nosniff',
  // Room ids and tokens travel in the URL fragment, which browsers never send; no referrer at all.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
