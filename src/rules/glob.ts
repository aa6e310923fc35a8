/**
 * Attribute-name globs of rule packs (`match.patterns`): `*` matches any run of characters
 * within one path element (no `/`), `**` any run across elements; every other character stands
 * for itself. `**` is taken before `*`, left to right (`***` is `**` then `*`).
 *
 * Packs come from users, so a pattern must never cost more than its length times the name's:
 * the pattern is run as a set of positions (a Thompson NFA), one pass over the name, each
 * character advancing every live position at once. A RegExp (`.*a.*a.*b`) would backtrack,
 * exponentially in the number of stars.
 *
 * Same results as the RegExp this replaced (`^…$`, `**` as `.*`, `*` as `[^/]*`, compared per
 * UTF-16 code unit): `**` matches no line terminator (`\n`, `\r`, U+2028, U+2029), as `.` did
 * not, while `*` does.
 *
 * With `shell: true` (host names, not attribute names) `?` matches any one character but `/`,
 * as in a shell; pack patterns keep `?` literal.
 */

const LITERAL = 0;
const STAR = 1;
const GLOBSTAR = 2;
const ONE = 3;

const SLASH = 0x2f;

function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** A matcher for one glob; O(name length × pattern length) per call, no backtracking. */
export function compileGlob(pattern: string, { shell = false }: { shell?: boolean } = {}): (name: string) => boolean {
  const kinds: number[] = [];
  const codes: number[] = [];
  for (let i = 0; i < pattern.length;) {
    if (shell && pattern.charCodeAt(i) === 0x3f /* ? */) {
      kinds.push(ONE);
      codes.push(0);
      i++;
    } else if (pattern.charCodeAt(i) === 0x2a /* * */) {
      const double = pattern.charCodeAt(i + 1) === 0x2a;
      kinds.push(double ? GLOBSTAR : STAR);
      codes.push(0);
      i += double ? 2 : 1;
    } else {
      kinds.push(LITERAL);
      codes.push(pattern.charCodeAt(i));
      i++;
    }
  }
  if (kinds.every((k) => k === LITERAL)) return (name) => name === pattern;

  const end = kinds.length;
  // Live positions, listed once each: `seen[p] === stamp` marks p as in the current list.
  let live = new Int32Array(end + 1);
  let next = new Int32Array(end + 1);
  const seen = new Uint32Array(end + 1);
  let stamp = 0;
  let count = 0;

  /** Add position p to `next`, and the positions after the stars it may skip (they match empty). */
  const add = (p: number): void => {
    for (;;) {
      if (seen[p] === stamp) return;
      seen[p] = stamp;
      next[count++] = p;
      if (p === end || kinds[p] === LITERAL || kinds[p] === ONE) return;
      p++;
    }
  };

  return (name) => {
    // A fresh stamp per step; restart the stamps (and clear the marks) before they wrap.
    if (stamp > 0xffffffff - name.length - 2) {
      seen.fill(0);
      stamp = 0;
    }
    stamp++;
    count = 0;
    add(0);
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      const built = next;
      next = live;
      live = built;
      const n = count;
      stamp++;
      count = 0;
      for (let j = 0; j < n; j++) {
        const p = live[j]!;
        if (p === end) continue;
        const kind = kinds[p];
        if (kind === LITERAL) {
          if (codes[p] === c) add(p + 1);
        } else if (kind === ONE) {
          if (c !== SLASH) add(p + 1);
        } else if (kind === STAR ? c !== SLASH : !isLineTerminator(c)) {
          add(p);
        }
      }
      if (count === 0) return false;
    }
    return seen[end] === stamp;
  };
}
