// One plan item as a Visio group: its parts (frame, tab, chips, tags, icons) as sub-shapes, shape
// data (custom properties) on the group, and, for sites and clusters, Visio's container markers.
// Sub-shapes keep to the group's edges by formula, so a container resized in Visio stays drawn right.
import type { Rect } from '../../layout/spatial.ts';
import type { ScenePart, SceneItem, SceneTitle } from '../scene/types.ts';
import { iconOutline } from '../scene/iconOutline.ts';
import { cell, inch, linePattern, namedRow, section, stringCell, textXml, vnum } from './cells.ts';
import { boxGeometry, polylineGeometry } from './geometry.ts';

/** Where the page's top-left corner is in layout pixels, and the page height in pixels. */
export interface PageFrame {
  left: number;
  top: number;
  height: number;
}

/** The User cells that tie a shape to its plan item (read by tests and tooling, hidden in Visio). */
export const ITEM_ID_CELL = 'ExchangeTopologyId';
export const ITEM_KIND_CELL = 'ExchangeTopologyKind';

const STYLE_ATTRS = `LineStyle='1' FillStyle='1' TextStyle='1'`;

/** The ID counter of one page: Visio needs page-unique integer IDs for every shape and sub-shape. */
export class ShapeIds {
  private next = 1;
  private byItem = new Map<string, number>();
  take(): number {
    return this.next++;
  }
  of(itemId: string): number {
    let id = this.byItem.get(itemId);
    if (id === undefined) this.byItem.set(itemId, (id = this.take()));
    return id;
  }
}

function lineAndFill(part: Pick<ScenePart, 'stroke' | 'strokeWidth' | 'dash' | 'fill' | 'fillOpacity'>): string[] {
  const pattern = part.stroke ? linePattern(part.dash) : 0;
  return [
    cell('LineWeight', inch(part.strokeWidth ?? 1)),
    cell('LineColor', part.stroke ?? '#000000'),
    cell('LinePattern', pattern),
    cell('FillForegnd', part.fill ?? '#ffffff'),
    cell('FillPattern', part.fill ? 1 : 0),
    cell('FillForegndTrans', 1 - (part.fillOpacity ?? 1)),
  ];
}

type Size = Pick<Rect, 'width' | 'height'>;

/** Position cells of a sub-shape, anchored by formula to the group's top and nearer side (or stretched for the frame). */
function placement(part: ScenePart, item: Size, group: number): string[] {
  const cx = part.x + part.width / 2;
  const fromTop = part.y + part.height / 2;
  const stretch = part.name === 'frame';
  const right = !stretch && cx > item.width / 2;
  const g = `Sheet.${group}!`;
  return [
    cell('PinX', inch(cx), {
      formula: stretch ? `${g}Width*0.5` : right ? `${g}Width-${vnum(inch(item.width - cx))}` : undefined,
    }),
    cell('PinY', inch(item.height - fromTop), {
      formula: stretch ? `${g}Height*0.5` : `${g}Height-${vnum(inch(fromTop))}`,
    }),
    cell('Width', inch(part.width), { formula: stretch ? `${g}Width-${vnum(inch(item.width - part.width))}` : undefined }),
    cell('Height', inch(part.height), { formula: stretch ? `${g}Height-${vnum(inch(item.height - part.height))}` : undefined }),
    cell('LocPinX', inch(part.width / 2), { formula: 'Width*0.5' }),
    cell('LocPinY', inch(part.height / 2), { formula: 'Height*0.5' }),
  ];
}

function iconGeometry(part: ScenePart): string {
  const scale = inch(part.width) / 16;
  const h = inch(part.height);
  return iconOutline(part.icon!.name)
    .map((stroke, ix) =>
      polylineGeometry(
        stroke.points.map((p) => ({ x: p.x * scale, y: h - p.y * scale })),
        { closed: stroke.closed, fill: stroke.fill },
        ix,
      ),
    )
    .join('');
}

/** An open line (a legend sample) in the part's stroke, with an arrowhead if asked. */
function pathShape(part: ScenePart, cells: string[]): string {
  const path = part.path!;
  const h = inch(part.height);
  cells.push(...lineAndFill(part), cell('LineCap', path.round ? 1 : 0), cell('EndArrow', path.arrow ? 4 : 0), cell('EndArrowSize', 0));
  return polylineGeometry(
    path.points.map((p) => ({ x: inch(p.x), y: h - inch(p.y) })),
    { closed: false, fill: false },
  );
}

function partShape(part: ScenePart, item: Size, group: number, ids: ShapeIds): string {
  const id = ids.take();
  const cells = placement(part, item, group);
  let body: string;
  if (part.path) body = pathShape(part, cells);
  else if (part.icon) {
    const color = part.icon.color;
    cells.push(
      ...lineAndFill({ stroke: color, strokeWidth: 1.5 * (part.width / 16), fill: color }),
      cell('LineCap', 1),
    );
    body = iconGeometry(part);
  } else {
    const align = part.align ?? 'left';
    cells.push(
      ...lineAndFill(part),
      cell('LeftMargin', inch(part.padX ?? 4)),
      cell('RightMargin', inch(align === 'left' ? 4 : (part.padX ?? 4))),
      cell('TopMargin', inch(part.padTop ?? 1)),
      cell('BottomMargin', inch(1)),
      cell('VerticalAlign', part.valign === 'top' ? 0 : 1),
    );
    const geometry = boxGeometry({
      width: inch(part.width),
      height: inch(part.height),
      radius: inch(part.radius ?? 0),
      tabCorner: part.tabCorner,
      fill: part.fill !== undefined,
      line: part.stroke !== undefined,
    });
    body = geometry + (part.text ? textXml(part.text, align) : '');
  }
  return `<Shape ID='${id}' NameU='${part.name}.${id}' Name='${part.name}.${id}' Type='Shape' ${STYLE_ATTRS}>${cells.join('')}${body}</Shape>`;
}

const CONTAINER_ROWS = [
  namedRow('msvStructureType', [stringCell('Value', 'Container')]),
  namedRow('msvSDContainerMargin', [cell('Value', inch(16), { unit: 'IN' })]),
  namedRow('msvSDContainerResize', [cell('Value', 1)]),
];

/** A group at `box` (layout pixels) holding `parts` as sub-shapes; `inner` is its own extra cells and sections. */
function groupShape(id: number, name: string, box: Rect, parts: readonly ScenePart[], ids: ShapeIds, page: PageFrame, inner = ''): string {
  const cells = [
    cell('PinX', inch(box.x + box.width / 2 - page.left)),
    cell('PinY', inch(page.height - (box.y + box.height / 2 - page.top))),
    cell('Width', inch(box.width)),
    cell('Height', inch(box.height)),
    cell('LocPinX', inch(box.width / 2), { formula: 'Width*0.5' }),
    cell('LocPinY', inch(box.height / 2), { formula: 'Height*0.5' }),
  ];
  const shapes = parts.map((p) => partShape(p, box, id, ids)).join('');
  return `<Shape ID='${id}' NameU='${name}.${id}' Name='${name}.${id}' Type='Group' ${STYLE_ATTRS}>${cells.join('')}${inner}<Shapes>${shapes}</Shapes></Shape>`;
}

/** The item's group: `relationships` is its Relationships formula (container membership), if any. */
export function itemShape(item: SceneItem, ids: ShapeIds, page: PageFrame, relationships: string | undefined): string {
  const id = ids.of(item.id);
  const user = [namedRow(ITEM_KIND_CELL, [stringCell('Value', item.kind)]), namedRow(ITEM_ID_CELL, [stringCell('Value', item.id)])];
  if (item.container) user.push(...CONTAINER_ROWS);
  const data = item.data.map((f) =>
    namedRow(f.key, [stringCell('Value', f.value), cell('Label', f.label), cell('Type', 0)]),
  );
  const inner =
    (relationships ? cell('Relationships', 0, { formula: relationships }) : '') + section('User', user) + section('Property', data);
  const kind = item.kind.charAt(0).toUpperCase() + item.kind.slice(1);
  return groupShape(id, kind, item, item.parts, ids, page, inner);
}

/** The title area (plan name, meta line, legend) as one group. */
export function titleShape(title: SceneTitle, ids: ShapeIds, page: PageFrame): string {
  return groupShape(ids.take(), 'Title', title, title.parts, ids, page);
}
