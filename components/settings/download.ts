/** A file the settings page hands to the browser's downloads. */
export interface DownloadFile {
  name: string;
  type: 'text/csv' | 'application/json';
  text: string;
}

/**
 * Saves text as a file through an `<a download>` on an object URL: no `downloads`
 * permission needed, and it works the same in Chrome and Firefox extension pages. CSV gets a
 * byte order mark so Excel opens it as UTF-8 (our CSV reader skips it on the way back in).
 */
export function downloadText(file: DownloadFile, doc: Document = document): void {
  const body = file.type === 'text/csv' ? `\uFEFF${file.text}` : file.text;
  const url = URL.createObjectURL(new Blob([body], { type: `${file.type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Firefox starts the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
