import type { MinutesFile } from '../../../../shared/contracts/facilitator';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hand the PDF to the browser's download (web mode; in the desktop app the same download is
 * saved by Electron, and File → Export minutes… offers a native save dialog).
 */
export function downloadMinutes(file: Pick<MinutesFile, 'fileName' | 'mimeType' | 'dataBase64'>): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file.dataBase64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
