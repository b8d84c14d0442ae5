/**
 * The Content-Security-Policy for every window and page Ruam serves to the facilitator and the
 * projector. No inline script or style, no eval: React sets styles through the CSSOM, which CSP
 * allows. `connect-src 'self'` covers the same-origin WebSocket in web mode.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
