import type { PeopleExportFile } from '../../../../shared/contracts/facilitator';

/** The register-file size the host accepts (electron/import MAX_IMPORT_BYTES), checked here first to say so at once. */
export const MAX_REGISTER_BYTES = 10 * 1024 * 1024;

/**
 * A chosen or dropped file as base64, reporting how much has been read (0..1): a 10 MB register
 * takes a moment on an old laptop, and the facilitator should see it moving.
 */
export function readFileAsBase64(file: Blob, onProgress: (fraction: number) => void = () => {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => {
      onProgress(1);
      const url = String(reader.result ?? '');
      // "data:<type>;base64,<data>": the type may be empty, the comma is always there.
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hand an exported spreadsheet to the browser's download (the desktop app asks where to save). */
export function downloadFile(file: Pick<PeopleExportFile, 'fileName' | 'mimeType' | 'dataBase64'>): void {
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
