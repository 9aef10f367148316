// The drawing as plain boxes, texts and connectors, independent of any file format: the Visio and
// draw.io writers both render this, so the two files (and the SVG they imitate) cannot drift apart.
import type { LinkKind } from '../../model/schema.ts';
import type { IconName } from '../../theme/icons.ts';
import type { Point } from '../../layout/connector.ts';
import type { Rect } from '../../layout/spatial.ts';

export interface TextRun {
  text: string;
  /** Pixels (the SVG's font sizes). */
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
}

/** One rectangle of an item (its frame, a tab, a chip...), relative to the item's top-left corner. */
export interface ScenePart extends Rect {
  /** What the part is, e.g. "frame", "tab", "chip"; writers use it in shape names. */
  name: string;
  fill?: string;
  /** 0..1; 1 when omitted. */
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  /** An SVG stroke-dasharray from the theme ('' or omitted: solid). */
  dash?: string;
  radius?: number;
  /** Round only the top-left corner (a site's name tab). */
  tabCorner?: boolean;
  /** Paragraphs, each a list of runs. */
  text?: TextRun[][];
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  /** Inner spacing of the text from the left/right and top edges, in pixels. */
  padX?: number;
  padTop?: number;
  /** An icon drawn in the part (the part's box is the icon's box). */
  icon?: { name: IconName; color: string };
  /** An open line through these points (relative to the part) in the part's stroke, instead of a box. */
  path?: { points: Point[]; arrow: boolean; round: boolean };
}

export type SceneItemKind = 'site' | 'perimeter' | 'cluster' | 'server' | 'infrastructure';

/** Shape data (Visio custom properties, draw.io attributes): a machine key, a label, a value. */
export interface DataField {
  key: string;
  label: string;
  value: string;
}

export interface SceneItem extends Rect {
  /** The plan item's id. */
  id: string;
  kind: SceneItemKind;
  name: string;
  /** The item (site or cluster) this one is drawn in. */
  parent: string | undefined;
  /** Sites, the perimeter network and clusters hold other items. */
  container: boolean;
  /** parts[0] is the item's outline; the rest are drawn over it in order. */
  parts: ScenePart[];
  data: DataField[];
}

export interface SceneLabel extends Point {
  text: string;
  width: number;
  color: string;
  border: string;
  italic: boolean;
}

export interface SceneEdge {
  /** The link's id; a file share witness uses its cluster's id. */
  id: string;
  kind: LinkKind | 'witness';
  from: string;
  to: string;
  /** Absolute, first on `from`'s edge, last on `to`'s. */
  points: Point[];
  label: SceneLabel | undefined;
  color: string;
  width: number;
  dash: string;
  arrow: boolean;
}

/** The title area across the top of the page: plan name, meta line and legend, as parts. */
export interface SceneTitle extends Rect {
  parts: ScenePart[];
}

export interface Scene {
  title: SceneTitle | undefined;
  /** The whole page (title included) in the layout's coordinates. */
  page: Rect;
  /** In drawing order: containers before what they hold. */
  items: SceneItem[];
  edges: SceneEdge[];
  /** Everything drawn, title excluded, in the layout's coordinates. */
  bounds: Rect;
}
