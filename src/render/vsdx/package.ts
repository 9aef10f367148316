// The fixed parts of a Visio 2013+ package (Open Packaging Conventions): content types, the
// relationships that lead from the package to the document, its one page and the Dynamic
// connector master, document properties, the two styles every shape uses, and the window.
import { escapeXml } from '../escape.ts';
import { cell, FONT, indexedRow, inch, section } from './cells.ts';

const XML = `<?xml version='1.0' encoding='utf-8' ?>\n`;
const VISIO_NS = `xmlns='http://schemas.microsoft.com/office/visio/2012/main' xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships' xml:space='preserve'`;
const REL = 'http://schemas.microsoft.com/visio/2010/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org';

function rels(list: Array<[string, string]>): string {
  return (
    XML +
    `<Relationships xmlns='${OFFICE_REL}/package/2006/relationships'>` +
    list.map(([type, target], i) => `<Relationship Id='rId${i + 1}' Type='${type}' Target='${target}'/>`).join('') +
    '</Relationships>'
  );
}

const CONTENT_TYPES =
  XML +
  `<Types xmlns='${OFFICE_REL}/package/2006/content-types'>` +
  `<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>` +
  `<Default Extension='xml' ContentType='application/xml'/>` +
  `<Override PartName='/visio/document.xml' ContentType='application/vnd.ms-visio.drawing.main+xml'/>` +
  `<Override PartName='/visio/masters/masters.xml' ContentType='application/vnd.ms-visio.masters+xml'/>` +
  `<Override PartName='/visio/masters/master1.xml' ContentType='application/vnd.ms-visio.master+xml'/>` +
  `<Override PartName='/visio/pages/pages.xml' ContentType='application/vnd.ms-visio.pages+xml'/>` +
  `<Override PartName='/visio/pages/page1.xml' ContentType='application/vnd.ms-visio.page+xml'/>` +
  `<Override PartName='/visio/windows.xml' ContentType='application/vnd.ms-visio.windows+xml'/>` +
  `<Override PartName='/docProps/core.xml' ContentType='application/vnd.openxmlformats-package.core-properties+xml'/>` +
  `<Override PartName='/docProps/app.xml' ContentType='application/vnd.openxmlformats-officedocument.extended-properties+xml'/>` +
  '</Types>';

/** Base styles: 0 holds Visio's defaults, 1 ("Normal") our font; every shape uses style 1. */
const STYLES =
  '<StyleSheets>' +
  `<StyleSheet ID='0' NameU='No Style' Name='No Style'>` +
  [
    cell('EnableLineProps', 1),
    cell('EnableFillProps', 1),
    cell('EnableTextProps', 1),
    cell('LineWeight', inch(1)),
    cell('LineColor', '#000000'),
    cell('LinePattern', 1),
    cell('Rounding', 0),
    cell('BeginArrow', 0),
    cell('EndArrow', 0),
    cell('EndArrowSize', 2),
    cell('LineCap', 0),
    cell('FillForegnd', '#ffffff'),
    cell('FillBkgnd', '#ffffff'),
    cell('FillPattern', 1),
    cell('ShdwPattern', 0),
    cell('LeftMargin', inch(4)),
    cell('RightMargin', inch(4)),
    cell('TopMargin', inch(2)),
    cell('BottomMargin', inch(2)),
    cell('VerticalAlign', 1),
    cell('TextBkgnd', 0),
    cell('ObjType', 0),
  ].join('') +
  section('Character', [indexedRow(0, [cell('Font', FONT), cell('Color', '#1d2430'), cell('Style', 0), cell('Size', inch(12), { unit: 'PT' })])]) +
  section('Paragraph', [indexedRow(0, [cell('HorzAlign', 1), cell('SpLine', -1.15)])]) +
  '</StyleSheet>' +
  `<StyleSheet ID='1' NameU='Normal' Name='Normal' LineStyle='0' FillStyle='0' TextStyle='0'>` +
  cell('EnableLineProps', 1) +
  cell('EnableFillProps', 1) +
  cell('EnableTextProps', 1) +
  '</StyleSheet>' +
  '</StyleSheets>';

export function documentXml(planRows: readonly string[]): string {
  return (
    XML +
    `<VisioDocument ${VISIO_NS}>` +
    `<DocumentSettings TopPage='0' DefaultTextStyle='1' DefaultLineStyle='1' DefaultFillStyle='1' DefaultGuideStyle='1'>` +
    '<GlueSettings>9</GlueSettings><SnapSettings>65847</SnapSettings><SnapExtensions>34</SnapExtensions>' +
    '<DynamicGridEnabled>0</DynamicGridEnabled><ProtectStyles>0</ProtectStyles><ProtectShapes>0</ProtectShapes>' +
    '<ProtectMasters>0</ProtectMasters><ProtectBkgnds>0</ProtectBkgnds></DocumentSettings>' +
    `<FaceNames><FaceName NameU='${FONT}'/></FaceNames>` +
    STYLES +
    `<DocumentSheet NameU='TheDoc' Name='TheDoc' LineStyle='0' FillStyle='0' TextStyle='0'>` +
    section('User', [...planRows]) +
    '</DocumentSheet></VisioDocument>'
  );
}

export function pagesXml(name: string, width: number, height: number): string {
  return (
    XML +
    `<Pages ${VISIO_NS}><Page ID='0' NameU='Page-1' Name='${escapeXml(name)}' ViewScale='-1' ViewCenterX='${width / 2}' ViewCenterY='${height / 2}'>` +
    `<PageSheet LineStyle='0' FillStyle='0' TextStyle='0'>` +
    [
      cell('PageWidth', width),
      cell('PageHeight', height),
      cell('PageScale', 1, { unit: 'IN' }),
      cell('DrawingScale', 1, { unit: 'IN' }),
      cell('DrawingSizeType', 0),
      cell('DrawingScaleType', 0),
      cell('InhibitSnap', 0),
      // Right-angle connectors, as our routes are.
      cell('RouteStyle', 1),
      cell('LineJumpCode', 0),
    ].join('') +
    `</PageSheet><Rel r:id='rId1'/></Page></Pages>`
  );
}

const WINDOWS_XML =
  XML +
  `<Windows ClientWidth='1280' ClientHeight='800' ${VISIO_NS}><Window ID='0' WindowType='Drawing' WindowState='1073741824' ` +
  `ContainerType='Page' Page='0' ViewScale='-1'><ShowRulers>1</ShowRulers><ShowGrid>0</ShowGrid><ShowPageBreaks>0</ShowPageBreaks>` +
  `<ShowGuides>1</ShowGuides><ShowConnectionPoints>1</ShowConnectionPoints><GlueSettings>9</GlueSettings>` +
  `<SnapSettings>65847</SnapSettings><SnapExtensions>34</SnapExtensions><DynamicGridEnabled>0</DynamicGridEnabled></Window></Windows>`;

/** Visio's own Dynamic connector (its well-known BaseID), so links behave as connectors there. */
const MASTERS_XML =
  XML +
  `<Masters ${VISIO_NS}><Master ID='1' NameU='Dynamic connector' Name='Dynamic connector' ` +
  `Prompt='This connector automatically routes between the shapes it connects.' IconSize='1' AlignName='2' MatchByName='1' ` +
  `IconUpdate='0' UniqueID='{002A9508-0000-0000-8E40-00608CF305B2}' BaseID='{F7290A45-E3AD-11D2-AE4F-006008C9F5A9}' ` +
  `PatternFlags='0' Hidden='0' MasterType='541'><PageSheet LineStyle='0' FillStyle='0' TextStyle='0'>` +
  `${cell('PageWidth', 1)}${cell('PageHeight', 1)}</PageSheet><Rel r:id='rId1'/></Master></Masters>`;

const MASTER1_XML =
  XML +
  `<MasterContents ${VISIO_NS}><Shapes><Shape ID='5' Type='Shape' LineStyle='1' FillStyle='1' TextStyle='1'>` +
  [
    cell('PinX', 0.5, { formula: 'GUARD((BeginX+EndX)/2)' }),
    cell('PinY', 0.5, { formula: 'GUARD((BeginY+EndY)/2)' }),
    cell('Width', 1, { formula: 'GUARD(EndX-BeginX)' }),
    cell('Height', -1, { formula: 'GUARD(EndY-BeginY)' }),
    cell('LocPinX', 0.5, { formula: 'GUARD(Width*0.5)' }),
    cell('LocPinY', -0.5, { formula: 'GUARD(Height*0.5)' }),
    cell('BeginX', 0),
    cell('BeginY', 1),
    cell('EndX', 1),
    cell('EndY', 0),
    cell('LockHeight', 1),
    cell('LockCalcWH', 1),
    cell('NoAlignBox', 1),
    cell('DynFeedback', 2),
    cell('GlueType', 2),
    cell('ObjType', 2),
    cell('NoLiveDynamics', 1),
    cell('ShapeSplittable', 1),
    cell('ShapeRouteStyle', 1),
    cell('FillPattern', 0),
  ].join('') +
  section('Geometry', [
    cell('NoFill', 1),
    cell('NoLine', 0),
    cell('NoShow', 0),
    cell('NoSnap', 0),
    indexedRow(1, [cell('X', 0), cell('Y', 0)], 'MoveTo'),
    indexedRow(2, [cell('X', 1), cell('Y', -1)], 'LineTo'),
  ], 0) +
  '</Shape></Shapes></MasterContents>';

function coreXml(title: string): string {
  return (
    XML +
    `<cp:coreProperties xmlns:cp='${OFFICE_REL}/package/2006/metadata/core-properties' xmlns:dc='http://purl.org/dc/elements/1.1/' ` +
    `xmlns:dcterms='http://purl.org/dc/terms/' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>` +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Exchange Topology Designer</dc:creator></cp:coreProperties>`
  );
}

const APP_XML =
  XML +
  `<Properties xmlns='${OFFICE_REL}/officeDocument/2006/extended-properties' xmlns:vt='${OFFICE_REL}/officeDocument/2006/docPropsVTypes'>` +
  '<Application>Exchange Topology Designer</Application><AppVersion>16.0000</AppVersion></Properties>';

/** Every part of the package by its path in the zip, [Content_Types].xml first. */
export function packageParts(parts: { title: string; document: string; pages: string; page: string }): Record<string, string> {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': rels([
      [`${REL}/document`, 'visio/document.xml'],
      [`${OFFICE_REL}/package/2006/relationships/metadata/core-properties`, 'docProps/core.xml'],
      [`${OFFICE_REL}/officeDocument/2006/relationships/extended-properties`, 'docProps/app.xml'],
    ]),
    'docProps/core.xml': coreXml(parts.title),
    'docProps/app.xml': APP_XML,
    'visio/document.xml': parts.document,
    'visio/_rels/document.xml.rels': rels([
      [`${REL}/masters`, 'masters/masters.xml'],
      [`${REL}/pages`, 'pages/pages.xml'],
      [`${REL}/windows`, 'windows.xml'],
    ]),
    'visio/masters/masters.xml': MASTERS_XML,
    'visio/masters/_rels/masters.xml.rels': rels([[`${REL}/master`, 'master1.xml']]),
    'visio/masters/master1.xml': MASTER1_XML,
    'visio/pages/pages.xml': parts.pages,
    'visio/pages/_rels/pages.xml.rels': rels([[`${REL}/page`, 'page1.xml']]),
    'visio/pages/page1.xml': parts.page,
    'visio/pages/_rels/page1.xml.rels': rels([[`${REL}/master`, '../masters/master1.xml']]),
    'visio/windows.xml': WINDOWS_XML,
  };
}
