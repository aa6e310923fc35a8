/** devmig's package name, version and home page (generated from package.json by scripts/build.mjs). */
export declare const packageInfo: { readonly name: string; readonly version: string; readonly homepage: string };
/** devmig's version, from its package.json. */
export declare const version: string;
