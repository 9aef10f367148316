// Saving a file from the browser, and the file names exports get.
export function downloadBlob(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Contoso head office" -> "Contoso-head-office"; never empty, never a path. */
export function fileBaseName(planName: string): string {
  const base = planName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return base || 'exchange-topology-plan';
}

export const today = () => new Date().toISOString().slice(0, 10);
