import { sheetError, type SheetError } from './sheet-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

export type DecodeOutcome = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: SheetError };

/** What the first bytes say the file is, whatever its name. */
export type Sniffed = 'zip' | 'ole2' | 'text';

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07)) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole2';
  return 'text';
}

const binary = () =>
  sheetError(
    'BINARY',
    'ไฟล์นี้ไม่ใช่ไฟล์ข้อความ CSV (อาจเป็นรูปภาพ PDF หรือไฟล์โปรแกรม) กรุณาบันทึกรายชื่อเป็น CSV หรือ Excel (.xlsx) แล้วลองใหม่',
    'This is not a CSV text file (it may be an image, a PDF or a program file). Save the register as CSV or Excel (.xlsx) and try again.',
  );

/**
 * UTF-16 without a BOM: most characters of a Latin or Thai CSV have a zero high byte (Latin) or
 * the 0x0E high byte (Thai), so one of the two byte lanes is nearly constant.
 */
function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 4096);
  let evenQuiet = 0;
  let oddQuiet = 0;
  for (let i = 0; i + 1 < sample; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x0e) evenQuiet++;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x0e) oddQuiet++;
  }
  const pairs = sample / 2;
  if (oddQuiet / pairs > 0.9 && evenQuiet / pairs < 0.5) return 'utf-16le';
  if (evenQuiet / pairs > 0.9 && oddQuiet / pairs < 0.5) return 'utf-16be';
  return null;
}

/** Text with control characters other than tab, line breaks and form feed is not a CSV. */
function hasBinaryControls(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return controls > Math.max(2, text.length * 0.005);
}

/**
 * TIS-620 / Windows-874 (Thai Excel's "CSV" on older Windows): Thai letters are bytes 0xA1–0xFB.
 * Accept it when nearly all bytes above 0x7F are there; anything else is not a Thai text file.
 */
function looksWindows874(bytes: Uint8Array): boolean {
  let high = 0;
  let thai = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xa1 && b <= 0xfb && !(b >= 0xdb && b <= 0xde)) thai++;
  }
  return high > 0 && thai / high > 0.95;
}

/**
 * Bytes → text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise UTF-16 by its zero bytes, then
 * strict UTF-8, then Windows-874. The BOM is dropped. Anything else is reported, never guessed.
 */
export function decodeText(bytes: Uint8Array): DecodeOutcome {
  let encoding: TextEncodingName;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else encoding = looksUtf16(bytes) ?? 'utf-8';

  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8' || !looksWindows874(bytes)) {
      return hasBinaryControls(new TextDecoder('windows-874').decode(bytes.subarray(0, 65536)))
        ? { ok: false, error: binary() }
        : {
            ok: false,
            error: sheetError(
              'UNKNOWN_ENCODING',
              'อ่านรหัสอักขระของไฟล์ไม่ออก (ไม่ใช่ UTF-8, UTF-16 หรือ TIS-620) กรุณาบันทึกจาก Excel เป็น "CSV UTF-8" แล้วลองใหม่',
              'The file’s character encoding is not UTF-8, UTF-16 or TIS-620. In Excel, save it as "CSV UTF-8" and try again.',
            ),
          };
    }
    encoding = 'windows-874';
    text = new TextDecoder('windows-874').decode(bytes);
  }
  if (hasBinaryControls(text)) return { ok: false, error: binary() };
  return { ok: true, text, encoding };
}
