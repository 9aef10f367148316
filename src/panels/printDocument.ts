// Printing a document of our own (diagram, checklist) instead of the screen: mount it as
// #print-root with its @page rule, print, and remove both afterwards.
export function printDocument(root: HTMLElement, pageRule: string) {
  root.id = 'print-root';
  const page = document.createElement('style');
  page.textContent = pageRule;
  document.body.append(root, page);
  const cleanup = () => {
    root.remove();
    page.remove();
    window.removeEventListener('afterprint', cleanup);
  };
  window.addEventListener('afterprint', cleanup);
  window.print();
}
