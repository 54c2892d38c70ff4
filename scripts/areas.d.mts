export declare const areas: readonly string[];
