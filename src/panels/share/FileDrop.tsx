import { useEffect, useState } from 'react';
import { partFailed } from '../../app/partFailed.ts';

/** Dropping a plan file (JSON, or our SVG, PNG, Visio or draw.io export) anywhere on the window imports it. */
export function FileDrop() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!e.relatedTarget) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      // The importer is loaded on first use: nothing of it is needed to start.
      if (file) void import('./importFile.ts').then(({ importFile }) => importFile(file)).catch(partFailed('Import'));
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over ? <div className="file-drop">Drop a plan file (JSON, or an SVG, PNG, Visio or draw.io file exported by the designer) to open it as a new plan</div> : null;
}
