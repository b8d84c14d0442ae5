import type { LocalizedText } from '../../domain/text';

/**
 * Evidence links end up clickable in the minutes PDF and the app, so only plain https links to a
 * named host are kept: no javascript:, file: or http:, and no user:password@ that could disguise
 * where a link really goes.
 */
export function checkEvidenceLink(input: string): { ok: true; url: string } | { ok: false; message: LocalizedText } {
  const url = input.trim();
  if (url === '') return { ok: true, url: '' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {
      ok: false,
      message: {
        th: 'ลิงก์ของหลักฐานไม่ใช่ที่อยู่เว็บ กรุณาใส่ลิงก์ที่ขึ้นต้นด้วย https://',
        en: 'The evidence link is not a web address (it should start with https://).',
      },
    };
  }
  if (parsed.protocol !== 'https:') return { ok: false, message: { th: 'ลิงก์ของหลักฐานต้องขึ้นต้นด้วย https://', en: 'Evidence links must start with https://.' } };
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, message: { th: 'ลิงก์ของหลักฐานต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน', en: 'An evidence link may not contain a user name or password.' } };
  }
  if (parsed.hostname === '') return { ok: false, message: { th: 'ลิงก์ของหลักฐานไม่มีชื่อเว็บไซต์ กรุณาตรวจสอบลิงก์', en: 'The evidence link has no site name.' } };
  return { ok: true, url };
}
