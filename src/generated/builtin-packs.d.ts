// Types of the rule packs scripts/build.mjs embeds from rules/ (builtin-packs.js).
export const builtinPacks: { file: string; pack: unknown }[];
