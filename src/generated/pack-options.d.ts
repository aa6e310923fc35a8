/** The options the built-in rule packs declare (generated from rules/*.json by scripts/build.mjs). */
export declare const packOptions: readonly { pack: string; name: string; description: string; values: readonly string[]; default: string }[];
