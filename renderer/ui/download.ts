/** A file the host made (an export), as the contract carries it: bytes in base64. */
export interface DownloadableFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hand an exported file to the browser's download (web mode; in the desktop app the same
 * download is saved by Electron, and the File menu offers a native save dialog).
 */
export function downloadFile(file: DownloadableFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.dataBase64)], { type: file.mimeType }));
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
