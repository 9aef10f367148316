// Links as Visio dynamic connectors glued to their two shapes: begin and end follow the shapes by
// Visio's own glue formulas, <Connect> elements record the glue, and the geometry keeps our route.
import { LINK_LABEL } from '../../model/labels.ts';
import type { SceneEdge } from '../scene/types.ts';
import { cell, inch, linePattern, namedRow, section, stringCell, textXml } from './cells.ts';
import { polylineGeometry } from './geometry.ts';
import { ITEM_ID_CELL, ITEM_KIND_CELL, type PageFrame, type ShapeIds } from './shapes.ts';

/** The Dynamic connector master's ID in masters.xml (package.ts writes it). */
export const CONNECTOR_MASTER = 1;
/** Visio's nominal width of a connector that runs straight along one axis. */
const NOMINAL = 0.19685;

/**
 * One axis of a connector: its pin, size (signed, EndX-BeginX as Visio stores it, or the nominal
 * width of a straight run), the formula Visio keeps for that size, and the local origin.
 */
function axis(begin: number, end: number, name: 'X' | 'Y') {
  const span = end - begin;
  if (Math.abs(span) > 1e-6) return { pin: (begin + end) / 2, size: span, formula: `GUARD(End${name}-Begin${name})`, origin: begin };
  return { pin: begin, size: NOMINAL, formula: `GUARD(${NOMINAL}DL)`, origin: begin - NOMINAL / 2 };
}

export interface ConnectorXml {
  shape: string;
  connects: string;
}

export function connectorShape(edge: SceneEdge, ids: ShapeIds, page: PageFrame): ConnectorXml {
  const id = ids.take();
  const from = ids.of(edge.from);
  const to = ids.of(edge.to);
  const pts = edge.points.map((p) => ({ x: inch(p.x - page.left), y: inch(page.height - (p.y - page.top)) }));
  const b = pts[0]!;
  const e = pts[pts.length - 1]!;
  const x = axis(b.x, e.x, 'X');
  const y = axis(b.y, e.y, 'Y');
  const local = pts.map((p) => ({ x: p.x - x.origin, y: p.y - y.origin }));
  // Pin and local pin keep the master's formulas (Inh), so the connector follows its glued ends in Visio.
  const cells = [
    cell('PinX', x.pin, { formula: 'Inh' }),
    cell('PinY', y.pin, { formula: 'Inh' }),
    cell('Width', x.size, { formula: x.formula }),
    cell('Height', y.size, { formula: y.formula }),
    cell('LocPinX', x.size / 2, { formula: 'Inh' }),
    cell('LocPinY', y.size / 2, { formula: 'Inh' }),
    cell('BeginX', b.x, { formula: '_WALKGLUE(BegTrigger,EndTrigger,WalkPreference)' }),
    cell('BeginY', b.y, { formula: '_WALKGLUE(BegTrigger,EndTrigger,WalkPreference)' }),
    cell('EndX', e.x, { formula: '_WALKGLUE(EndTrigger,BegTrigger,WalkPreference)' }),
    cell('EndY', e.y, { formula: '_WALKGLUE(EndTrigger,BegTrigger,WalkPreference)' }),
    cell('BegTrigger', 2, { formula: `_XFTRIGGER(Sheet.${from}!EventXFMod)` }),
    cell('EndTrigger', 2, { formula: `_XFTRIGGER(Sheet.${to}!EventXFMod)` }),
    cell('LineWeight', inch(edge.width)),
    cell('LineColor', edge.color),
    cell('LinePattern', linePattern(edge.dash)),
    cell('LineCap', edge.kind === 'witness' ? 1 : 0),
    cell('EndArrow', edge.arrow ? 4 : 0),
    cell('EndArrowSize', 1),
  ];
  let text = '';
  if (edge.label) {
    const lx = inch(edge.label.x - page.left) - x.origin;
    const ly = inch(page.height - (edge.label.y - page.top)) - y.origin;
    cells.push(
      cell('TxtPinX', lx),
      cell('TxtPinY', ly),
      cell('TxtWidth', inch(edge.label.width)),
      cell('TxtHeight', inch(18)),
      cell('TxtLocPinX', inch(edge.label.width / 2)),
      cell('TxtLocPinY', inch(9)),
      cell('TextBkgnd', '#ffffff'),
      cell('LeftMargin', 0),
      cell('RightMargin', 0),
      cell('TopMargin', 0),
      cell('BottomMargin', 0),
    );
    text = textXml([[{ text: edge.label.text, size: 10.5, color: edge.label.color, italic: edge.label.italic }]], 'center');
  }
  const kindLabel = edge.kind === 'witness' ? 'File share witness' : LINK_LABEL[edge.kind];
  const shape =
    `<Shape ID='${id}' NameU='Dynamic connector.${id}' Name='Dynamic connector.${id}' Type='Shape' Master='${CONNECTOR_MASTER}'>` +
    cells.join('') +
    section('User', [
      namedRow(ITEM_KIND_CELL, [stringCell('Value', edge.kind === 'witness' ? 'witness' : 'link')]),
      namedRow(ITEM_ID_CELL, [stringCell('Value', edge.id)]),
    ]) +
    section('Property', [namedRow('Kind', [stringCell('Value', kindLabel), cell('Label', 'Kind'), cell('Type', 0)])]) +
    polylineGeometry(local, { closed: false, fill: false }) +
    text +
    '</Shape>';
  const connects =
    `<Connect FromSheet='${id}' FromCell='BeginX' FromPart='9' ToSheet='${from}' ToCell='PinX' ToPart='3'/>` +
    `<Connect FromSheet='${id}' FromCell='EndX' FromPart='12' ToSheet='${to}' ToCell='PinX' ToPart='3'/>`;
  return { shape, connects };
}
