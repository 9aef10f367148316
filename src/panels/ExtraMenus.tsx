import { ExportMenu } from './share/ExportMenu.tsx';

/** Menus of features beyond editing: files and sharing. */
export function ExtraMenus() {
  return <ExportMenu />;
}
