import { describe, expect, it } from "vitest";
import { GAP, nodeLinkLayers } from "../../../src/charts/_internal/nodeLinkLayers.ts";

describe("nodeLinkLayers", () => {
  it("gives each edge its end points (short of the nodes by GAP) and its label's middle, and each node its label and detail", () => {
    const layers = nodeLinkLayers(
      [
        { id: "a", label: "A", x: 0, y: 0, detail: "" },
        { id: "b", label: "B", x: 2, y: 1, detail: "R² = 0.5" },
      ],
      [{ from: "a", to: "b", label: "0.42" }],
      [-1, 3],
      [-1, 2],
      "black",
    ) as { name: string; data: { values: Record<string, unknown>[] } }[];
    expect(layers.map((l) => l.name)).toEqual(["edges", "edgeLabels", "nodes", "nodeDetails"]);
    expect(layers[0]!.data.values).toEqual([
      { from: "a", to: "b", label: "0.42", x: 2 * GAP, y: GAP, x2: 2 - 2 * GAP, y2: 1 - GAP, mx: 1, my: 0.5 },
    ]);
    expect(layers[3]!.data.values[1]).toMatchObject({ id: "b", detail: "R² = 0.5" });
  });
});
