import type { JsonValue } from "../VegaLiteSpec.ts";

/** A node of a diagram, placed on a grid of columns (x) and rows (y). @internal */
export interface DiagramNode {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  /** A second line under the label (e.g. a share or an R²). */
  readonly detail: string;
}

/** An arrow between two nodes, labelled at its middle. @internal */
export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

const hidden = { axis: null };

/** Share of an edge left out at each end, so that the line stops short of the node labels. @internal */
export const GAP = 0.22;

/**
 * The layers of a node-link diagram drawn with plain Vega-Lite marks: one rule per edge (layer `edges`,
 * stopping short of both nodes by {@link GAP} of its length),
 * its label at the middle (layer `edgeLabels`), and one label per node (layer `nodes`) with its detail
 * below (layer `nodeDetails`). Coordinates are grid positions; axes are hidden.
 *
 * @internal
 */
export function nodeLinkLayers(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  colour: string,
): JsonValue[] {
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edgeValues = edges.map((e) => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const dx = GAP * (b.x - a.x);
    const dy = GAP * (b.y - a.y);
    return {
      from: e.from,
      to: e.to,
      label: e.label,
      x: a.x + dx,
      y: a.y + dy,
      x2: b.x - dx,
      y2: b.y - dy,
      mx: (a.x + b.x) / 2,
      my: (a.y + b.y) / 2,
    };
  });
  const x = { type: "quantitative", scale: { domain: [...xDomain] }, ...hidden };
  const y = { type: "quantitative", scale: { domain: [...yDomain] }, ...hidden };
  const nodeValues = nodes.map((n) => ({ id: n.id, label: n.label, detail: n.detail, x: n.x, y: n.y }));
  return [
    {
      name: "edges",
      data: { values: edgeValues },
      mark: { type: "rule", color: colour, strokeWidth: 1.5 },
      encoding: { x: { field: "x", ...x }, y: { field: "y", ...y }, x2: { field: "x2" }, y2: { field: "y2" } },
    },
    {
      name: "edgeLabels",
      data: { values: edgeValues },
      mark: { type: "text", dy: -7, fontSize: 11, fontWeight: "bold" },
      encoding: { x: { field: "mx", ...x }, y: { field: "my", ...y }, text: { field: "label" } },
    },
    {
      name: "nodes",
      data: { values: nodeValues },
      mark: { type: "text", fontSize: 12, baseline: "middle", lineBreak: "\n" },
      encoding: { x: { field: "x", ...x }, y: { field: "y", ...y }, text: { field: "label" } },
    },
    {
      name: "nodeDetails",
      data: { values: nodeValues },
      mark: { type: "text", fontSize: 10, dy: 24, baseline: "top", color: "gray" },
      encoding: { x: { field: "x", ...x }, y: { field: "y", ...y }, text: { field: "detail" } },
    },
  ];
}
