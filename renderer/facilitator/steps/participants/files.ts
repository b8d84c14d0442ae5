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

export { base64ToBytes, downloadFile } from '../../../ui/download';
