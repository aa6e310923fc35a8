import { annotate, type AnnotateOptions } from '../hook/annotate.js';
import { FILE_LIMITS, readStdinText, readTextFile } from '../read/bounded-file.js';
import type { AnnotateReport } from '../report/report.js';

/**
 * `devmig annotate` as a library call: the devmig metadata for the running domain whose XML is
 * in `domainXml` (a file, or `-` for stdin as `virsh dumpxml GUEST | devmig annotate` gives it).
 */
export function annotateReport(domainXml: string, opts: AnnotateOptions = {}): AnnotateReport {
  const [text, name] = domainXml === '-'
    ? [readStdinText('the domain XML', FILE_LIMITS.domainXml), 'stdin']
    : [readTextFile(domainXml, 'the domain XML', FILE_LIMITS.domainXml), domainXml];
  return { kind: 'annotate', annotation: annotate(text, name, opts) };
}
