/**
 * Save text as a file through the browser's download: Electron shows its save dialog, so the
 * file goes only where the user picks (exports, the recovery code).
 */
export function download(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
