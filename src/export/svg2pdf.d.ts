// svg2pdf.js's package points Node at a UMD build that cannot load as an ES module; the ES build
// works in both the browser and Node, so it is imported by path, with the package's own types.
declare module 'svg2pdf.js/dist/svg2pdf.es.min.js' {
  export * from 'svg2pdf.js';
}
