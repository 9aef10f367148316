/** Menus added by later features (export, share, deploy) mount here. */
export function ExtraMenus() {
  return null;
}
