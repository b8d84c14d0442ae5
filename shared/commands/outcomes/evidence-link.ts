/**
 * Evidence links end up clickable in the minutes PDF and the app, so only plain https links to a
 * named host are kept: no javascript:, file: or http:, and no user:password@ that could disguise
 * where a link really goes.
 */
export function checkEvidenceLink(input: string): { ok: true; url: string } | { ok: false; message: string } {
  const url = input.trim();
  if (url === '') return { ok: true, url: '' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: 'The evidence link is not a web address (it should start with https://).' };
  }
  if (parsed.protocol !== 'https:') return { ok: false, message: 'Evidence links must start with https://.' };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, message: 'An evidence link may not contain a user name or password.' };
  if (parsed.hostname === '') return { ok: false, message: 'The evidence link has no site name.' };
  return { ok: true, url };
}
