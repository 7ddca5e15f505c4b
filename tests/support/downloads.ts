/** A file the page tried to download, read back from the Blob it made. */
export interface Downloaded {
  name: string;
  type: string;
  text: () => Promise<string>;
}

/**
 * Catches downloads made through an object URL and an `<a download>` click (happy-dom would
 * otherwise try to navigate), so a test can read what the user would have saved.
 */
export function catchDownloads(): Downloaded[] {
  const blobs = new Map<string, Blob>();
  const files: Downloaded[] = [];
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${next++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (!blob) throw new Error(`download of an unknown URL ${this.href}`);
    files.push({ name: this.download, type: blob.type, text: () => blob.text() });
  });
  return files;
}
