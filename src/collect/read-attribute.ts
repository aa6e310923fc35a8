import { lstatSync } from 'node:fs';
import { errnoCode } from '../errors.js';
import { attributeText, describeOther, entryKind, readBoundedFile } from '../read/fs-safe.js';

/** One attribute file: its text, a reason it was passed over, or absent (no such file). */
export type AttributeRead = { text: string } | { skip: string } | { absent: true };

/** Read one sysfs attribute with the same hazard rules as a profile directory; never throws. */
export function readAttribute(path: string): AttributeRead {
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    const code = errnoCode(err);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { absent: true } : { skip: `cannot stat (${code ?? 'error'})` };
  }
  switch (entryKind(st)) {
    case 'link':
      return { skip: 'a link where an attribute file was expected, not followed' };
    case 'dir':
      return { skip: 'a directory where an attribute file was expected' };
    case 'other':
      return { skip: describeOther(st) };
    case 'file': {
      const read = readBoundedFile(path, st);
      if ('skip' in read) return read;
      const text = attributeText(read.bytes);
      return text === undefined ? { skip: 'binary content, not read' } : { text };
    }
  }
}
