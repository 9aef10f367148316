// Auto-layout: a tidy diagram from the plan's structure alone, read like Microsoft's figures:
// Internet, outer firewall, perimeter networks, inner firewall, then the Active Directory sites in
// a grid, beside that band or below it, whichever makes a drawing shaped like a screen or a page
// (shape.ts); whatever is not yet placed goes in a row below.
// It ignores the current layout, so it is deterministic and idempotent; every step is a map
// lookup or a sort, so 5,000 servers arrange in milliseconds.
import { newLayout } from '../model/positions.ts';
import type { Infrastructure, Plan, Server, Site } from '../model/schema.ts';
import {
  INFRA_HEIGHT,
  INFRA_WIDTH,
  SITE_HEADER,
  SITE_MIN_HEIGHT,
  SITE_MIN_WIDTH,
  SITE_PADDING,
} from '../theme/geometry.ts';
import { arrangeCluster, arrangeContents, emptyContents, type Contents } from './contents.ts';
import { snap, type Sized } from './flow.ts';
import { chooseShape } from './shape.ts';

const COLUMN_GAP = 48;
const SITE_GAP = 64;
/** First row inside a site: below the name tab, with a little air. */
const SITE_CONTENT_TOP = SITE_HEADER + 16;

/** Groups every item by the container it is drawn in (undefined: not placed in any site). */
function groupByContainer(plan: Plan) {
  const siteIds = new Set(plan.sites.map((s) => s.id));
  const clusterIds = new Set(plan.clusters.map((c) => c.id));
  const inSite = (site: string | undefined) => (site !== undefined && siteIds.has(site) ? site : undefined);
  const contents = new Map<string | undefined, Contents>();
  const of = (site: string | undefined) => {
    let c = contents.get(site);
    if (!c) contents.set(site, (c = emptyContents()));
    return c;
  };

  const nodes = new Map<string, Server[]>();
  // A cluster is drawn in its nodes' site only when they all share one (as resolveLayout does).
  const home = new Map<string, string | undefined>();
  for (const s of plan.servers) {
    if (s.cluster !== undefined && clusterIds.has(s.cluster)) {
      const list = nodes.get(s.cluster);
      if (list) list.push(s);
      else nodes.set(s.cluster, [s]);
      const site = inSite(s.site);
      home.set(s.cluster, home.has(s.cluster) && home.get(s.cluster) !== site ? undefined : site);
    } else of(inSite(s.site)).servers.push(s);
  }
  for (const c of plan.clusters) of(home.get(c.id)).clusters.push(c);

  const internet: Infrastructure[] = [];
  const firewalls: Infrastructure[] = [];
  for (const i of plan.infrastructure) {
    const site = inSite(i.site);
    if (site !== undefined) of(site).infrastructure.push(i);
    else if (i.kind === 'internet') internet.push(i);
    else if (i.kind === 'firewall') firewalls.push(i);
    else of(undefined).infrastructure.push(i);
  }
  return { contents, nodes, internet, firewalls };
}

/** A firewall joined to the Internet is the outer one; any other stands before the AD sites. */
function splitFirewalls(plan: Plan, internet: Infrastructure[], firewalls: Infrastructure[]) {
  const internetIds = new Set(internet.map((i) => i.id));
  const facing = new Set<string>();
  for (const l of plan.links) {
    if (internetIds.has(l.from)) facing.add(l.to);
    if (internetIds.has(l.to)) facing.add(l.from);
  }
  return {
    outer: firewalls.filter((f) => facing.has(f.id)),
    inner: firewalls.filter((f) => !facing.has(f.id)),
  };
}

const byName = (a: Infrastructure, b: Infrastructure) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const infraBox = (i: Infrastructure): Sized => ({ id: i.id, width: INFRA_WIDTH, height: INFRA_HEIGHT });

/** Stacks boxes top to bottom; returns the column's width and height. */
function stack(boxes: Sized[]): { boxes: Sized[]; width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const b of boxes) {
    width = Math.max(width, b.width);
    height = snap(height + b.height + COLUMN_GAP);
  }
  return { boxes, width, height: Math.max(0, height - COLUMN_GAP) };
}

export function arrange(plan: Plan): Plan {
  const layout = newLayout();
  const { contents, nodes, internet, firewalls } = groupByContainer(plan);

  const clusterSize = new Map<string, Sized>();
  for (const c of plan.clusters) clusterSize.set(c.id, arrangeCluster(c.id, nodes.get(c.id) ?? [], layout));

  const siteSize = new Map<string, Sized>();
  for (const site of plan.sites) {
    const extent = arrangeContents(
      contents.get(site.id) ?? emptyContents(),
      clusterSize,
      { x: SITE_PADDING, y: SITE_CONTENT_TOP },
      layout,
    );
    const width = snap(Math.max(SITE_MIN_WIDTH, extent.right + SITE_PADDING));
    const height = snap(Math.max(SITE_MIN_HEIGHT, extent.bottom + SITE_PADDING));
    siteSize.set(site.id, { id: site.id, width, height });
  }
  const sized = (s: Site) => siteSize.get(s.id)!;

  const { outer, inner } = splitFirewalls(plan, internet, firewalls);
  const columns = [
    stack([...internet].sort(byName).map(infraBox)),
    stack([...outer].sort(byName).map(infraBox)),
    stack(plan.sites.filter((s) => s.kind === 'perimeter').map(sized)),
    stack([...inner].sort(byName).map(infraBox)),
  ].filter((c) => c.boxes.length > 0);

  const adSites = plan.sites.filter((s) => s.kind === 'ad-site').map(sized);
  const bandWidth = columns.reduce((w, c) => w + c.width + COLUMN_GAP, 0) - (columns.length ? COLUMN_GAP : 0);
  const bandHeight = Math.max(0, ...columns.map((c) => c.height));
  const shape = chooseShape(adSites.length, (perRow) => siteGrid(adSites, perRow), { width: bandWidth, height: bandHeight }, SITE_GAP);
  const grid = siteGrid(adSites, shape.perRow);
  // The Internet side, then the sites: beside them, everything centred on the first row of sites
  // (so the mail path reads straight), or above them, centred on its own tallest column.
  const beside = shape.band === 'left';
  const band = beside ? Math.max(grid.firstRowHeight, bandHeight) : bandHeight;
  let x = 0;
  let bottom = 0;
  for (const column of columns) {
    let y = snap((band - column.height) / 2);
    for (const box of column.boxes) {
      layout[box.id] = position(box, x, y, siteSize);
      bottom = Math.max(bottom, y + box.height);
      y = snap(y + box.height + COLUMN_GAP);
    }
    x = snap(x + column.width + COLUMN_GAP);
  }
  const gridLeft = beside ? x : 0;
  const gridTop = beside ? snap((band - grid.firstRowHeight) / 2) : columns.length ? snap(band + SITE_GAP) : 0;
  for (const cell of grid.cells) {
    layout[cell.id] = { x: gridLeft + cell.x, y: gridTop + cell.y, width: cell.width, height: cell.height };
    bottom = Math.max(bottom, gridTop + cell.y + cell.height);
  }
  const right = Math.max(grid.cells.length > 0 ? gridLeft + grid.width : 0, x - COLUMN_GAP);

  const unplaced = contents.get(undefined);
  if (unplaced) {
    const top = plan.sites.length + internet.length + firewalls.length > 0 ? snap(bottom + SITE_GAP) : 0;
    arrangeContents(unplaced, clusterSize, { x: 0, y: top, minWidth: right }, layout);
  }
  return { ...plan, layout };
}

function position(box: Sized, x: number, y: number, siteSize: ReadonlyMap<string, Sized>) {
  return siteSize.has(box.id) ? { x, y, width: box.width, height: box.height } : { x, y };
}

/** AD sites `perRow` to a row, each row as tall as its tallest. */
function siteGrid(sites: Sized[], perRow: number) {
  const cells: (Sized & { x: number; y: number })[] = [];
  let y = 0;
  let width = 0;
  let firstRowHeight = 0;
  for (let start = 0; start < sites.length; start += perRow) {
    const row = sites.slice(start, start + perRow);
    let x = 0;
    let rowHeight = 0;
    for (const s of row) {
      cells.push({ ...s, x, y });
      x = snap(x + s.width + SITE_GAP);
      rowHeight = Math.max(rowHeight, s.height);
    }
    width = Math.max(width, x - SITE_GAP);
    if (start === 0) firstRowHeight = rowHeight;
    y = snap(y + rowHeight + SITE_GAP);
  }
  return { cells, width, height: Math.max(0, y - SITE_GAP), firstRowHeight };
}
