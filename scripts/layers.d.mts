export declare const tiers: readonly (readonly string[])[];
export declare function relativeImports(text: string): string[];
export declare function checkLayers(files: ReadonlyMap<string, string>): string[];
