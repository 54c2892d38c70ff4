import * as vega from "vega";
import * as vl from "vega-lite";
import type { VegaLiteSpec } from "../../src/charts/VegaLiteSpec.ts";

/** One drawn item of the scenegraph (the fields the tests read). */
export interface SceneItem {
  readonly x?: number;
  readonly y?: number;
  readonly x2?: number;
  readonly y2?: number;
  readonly width?: number;
  readonly height?: number;
  readonly text?: string;
  readonly fill?: string;
  readonly datum?: Record<string, unknown>;
}

/** A chart compiled by vega-lite and rendered by vega (headless), with its drawn marks. */
export interface RenderedChart {
  readonly svg: string;
  readonly view: vega.View;
  /** Items of the marks whose name starts with `name` (vega-lite names a layer's mark `<name>_marks`). */
  items(name: string): SceneItem[];
  /** The names of every mark in the scenegraph. */
  readonly markNames: readonly string[];
}

interface SceneNode {
  readonly marktype?: string;
  readonly name?: string;
  readonly items?: readonly SceneNode[];
}

/**
 * Compiles a spec with vega-lite (failing on any compile warning), renders it to SVG with vega in Node
 * (`renderer: "none"`), and collects the drawn items by mark name. The spec must survive a JSON
 * round-trip unchanged (it is plain data).
 */
export async function renderChart(spec: VegaLiteSpec): Promise<RenderedChart> {
  const json = JSON.parse(JSON.stringify(spec)) as VegaLiteSpec;
  if (JSON.stringify(json) !== JSON.stringify(spec)) throw new Error("spec is not plain JSON");
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...a: unknown[]) => {
      warnings.push(a.join(" "));
      return logger;
    },
    warn: (...a: unknown[]) => {
      warnings.push(a.join(" "));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const compiled = vl.compile(json as unknown as vl.TopLevelSpec, { logger: logger as never });
  if (warnings.length > 0) throw new Error(`vega-lite warnings: ${warnings.join("; ")}`);
  const view = new vega.View(vega.parse(compiled.spec), { renderer: "none" });
  const svg = await view.toSVG();
  const marks: SceneNode[] = [];
  const walk = (node: SceneNode | undefined): void => {
    if (node === undefined) return;
    if (node.marktype !== undefined) marks.push(node);
    for (const child of node.items ?? []) walk(child);
  };
  walk((view.scenegraph() as unknown as { root: SceneNode }).root);
  return {
    svg,
    view,
    markNames: marks.map((m) => m.name ?? "").filter((n) => n !== ""),
    items(name: string): SceneItem[] {
      return marks
        .filter((m) => m.name?.startsWith(name) && m.marktype !== "group")
        .flatMap((m) => (m.items ?? []) as SceneItem[]);
    },
  };
}
