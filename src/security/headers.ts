// The HTTP headers every server of the app sends (`vite preview` and the team server, npm run server):
// one list, so no server ships the app without them. Plans come from strangers' links and files,
// so the page runs only its own scripts, talks only to its own origin and cannot be framed.

/** Sources the app needs; nothing remote, no inline script, no eval (zod runs jitless). */
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
];

/** For a <meta> tag (static hosting without headers): frame-ancestors is ignored there, so left out. */
export const META_CONTENT_SECURITY_POLICY = POLICY.join('; ');

/** The full policy, sent as a header: no site may frame the app (clickjacking). */
export const CONTENT_SECURITY_POLICY = [...POLICY, "frame-ancestors 'none'"].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Plans travel in the URL fragment, which browsers never send; no referrer at all says the rest.
  'Referrer-Policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
