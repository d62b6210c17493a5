export declare const embedDir: string;
export declare const distDir: string;
export declare const BUNDLES: readonly string[];
export declare function chunkImports(code: string): string[];
export declare function chunkKind(path: string): { kind: 'city' | 'locale'; id: string };
export declare function staleReason(): string | null;
export declare function ensureBuilt(options?: { force?: boolean; log?: (message: string) => void }): boolean;
