import { InputError } from '../errors.js';
import { canonicalUuid, pciAddress, type HostdevRef } from './hostdev.js';
import { readDevmigMetadata, type DeviceMetadata } from './metadata.js';
import { attr, child, children, parseXmlDocument, text, type XmlDocument, type XmlElement } from '../read/xml.js';

/** What devmig needs of a libvirt domain XML document. */
export interface DomainInfo {
  /** The guest's `<name>`. */
  name: string;
  /** Every assigned device that live migration must check, in document order. */
  hostdevs: HostdevRef[];
  /** The devmig metadata, or null when the domain has none. */
  metadata: DeviceMetadata[] | null;
}

function aliasOf(el: XmlElement): { alias?: string } {
  const alias = attr(child(el, 'alias'), 'name');
  return alias === undefined ? {} : { alias };
}

function pciSource(el: XmlElement, what: string, file: string, doc: XmlDocument): HostdevRef {
  const a = child(child(el, 'source'), 'address');
  const address = pciAddress(attr(a, 'domain'), attr(a, 'bus'), attr(a, 'slot'), attr(a, 'function'));
  if (address === undefined) throw new InputError(file, `${what} at ${doc.at(el)}: no valid <source><address domain= bus= slot= function=/>`);
  return { kind: 'pci', address, ...aliasOf(el) };
}

/**
 * The devices a migration carries state for:
 * - `<hostdev type='mdev'>` (any model: vfio-pci, vfio-ccw, vfio-ap), by `<source><address uuid=>`;
 * - `<hostdev type='pci'>` and `<interface type='hostdev'>` (an SR-IOV VF given as a NIC), by
 *   PCI address. Which of them are variant-driver devices the metadata and the host tell;
 *   a plain vfio-pci device cannot migrate, so asking about it too is only conservative.
 * USB and SCSI hostdevs carry no device state devmig knows; QEMU decides on them.
 */
function hostdevsOf(devices: XmlElement, file: string, doc: XmlDocument): HostdevRef[] {
  const out: HostdevRef[] = [];
  for (const h of children(devices, 'hostdev')) {
    const type = attr(h, 'type');
    if ((attr(h, 'mode') ?? 'subsystem') !== 'subsystem') continue;
    if (type === 'mdev') {
      const raw = attr(child(child(h, 'source'), 'address'), 'uuid');
      const uuid = canonicalUuid(raw);
      if (uuid === undefined) throw new InputError(file, `hostdev type='mdev' at ${doc.at(h)}: ${raw === undefined ? 'no <source><address uuid=/>' : `'${raw}' is not a UUID`}`);
      out.push({ kind: 'mdev', uuid, ...aliasOf(h) });
    } else if (type === 'pci') {
      out.push(pciSource(h, "hostdev type='pci'", file, doc));
    }
  }
  for (const i of children(devices, 'interface')) {
    if (attr(i, 'type') === 'hostdev') out.push(pciSource(i, "interface type='hostdev'", file, doc));
  }
  return out;
}

/** Parse a libvirt domain XML document; malformed XML or a non-domain document is an InputError naming `file`. */
export function readDomainXml(xml: string, file: string): DomainInfo {
  const doc = parseXmlDocument(xml, file);
  if (doc.name !== 'domain') throw new InputError(file, `not a libvirt domain XML document (the root element is <${doc.name}>, expected <domain>)`);
  const nameEl = child(doc.root, 'name');
  const name = nameEl === undefined ? '' : text(nameEl).trim();
  if (name === '') throw new InputError(file, 'domain XML without a <name>');
  // libvirt writes one <devices>; a document with more has every one read, so no hostdev escapes the check.
  const hostdevs = children(doc.root, 'devices').flatMap((d) => hostdevsOf(d, file, doc));
  return { name, hostdevs, metadata: readDevmigMetadata(doc.root, file, doc.at) };
}
