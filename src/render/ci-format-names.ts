/** Machine formats for CI, beside text and json (names only: the renderers load on use). */
export const CI_FORMATS = ['sarif', 'junit', 'github'] as const;
export type CiFormat = (typeof CI_FORMATS)[number];

export function isCiFormat(format: string): format is CiFormat {
  return (CI_FORMATS as readonly string[]).includes(format);
}
