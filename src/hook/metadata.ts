import { XMLBuilder } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { canonicalUuid, isPciAddress, type HostdevRef } from './hostdev.js';
import { DEVMIG_KEY, DEVMIG_XMLNS } from './namespace.js';
import { attr, childNames, children, text, type XmlElement } from '../read/xml.js';

/**
 * One device's source profile as the domain's devmig metadata records it:
 *
 *     <devmig:devices xmlns:devmig="https://devmig.dev/xmlns/domain/1">
 *       <devmig:device uuid="c2177883-..." type="i915-GVTg_V5_4" family="gvt-g">
 *         <devmig:attr name="device_api">vfio-pci</devmig:attr>
 *         ...
 *       </devmig:device>
 *       <devmig:device address="0000:41:00.4" ...>
 *     </devmig:devices>
 *
 * `uuid` keys an mdev hostdev, `address` a PCI one (and its `alias`, so a device whose address
 * the migration XML rewrote is still found). `type` and `family` are for people reading
 * `virsh dumpxml`; the hook decides on the `attr` elements alone, which are the profile.
 */
export interface DeviceMetadata {
  ref: HostdevRef;
  type?: string;
  family?: string;
  attributes: Map<string, string>;
}

/**
 * How the element is written:
 * - `domain`: as it stands in a domain's `<metadata>` (what `virsh dumpxml` shows, what
 *   `virsh edit` takes): prefixed `devmig:`, the namespace declared on it;
 * - `virsh`: as `virsh metadata --uri ... --key devmig --set` (virDomainSetMetadata) takes
 *   it: unprefixed and undeclared. libvirt declares the namespace under the key and prefixes
 *   every element itself, and fails ("failed to create a new XML namespace") when the
 *   element already declares that prefix.
 */
export type MetadataForm = 'domain' | 'virsh';

/** The `<metadata>` child element for these devices, indented, without a trailing newline. */
export function renderMetadata(devices: readonly DeviceMetadata[], form: MetadataForm = 'domain'): string {
  const p = form === 'domain' ? `${DEVMIG_KEY}:` : '';
  const doc = {
    [`${p}devices`]: {
      ...(form === 'domain' ? { [`@_xmlns:${DEVMIG_KEY}`]: DEVMIG_XMLNS } : {}),
      [`${p}device`]: devices.map((d) => ({
        ...(d.ref.kind === 'mdev' ? { '@_uuid': d.ref.uuid } : { '@_address': d.ref.address }),
        // only a PCI device is looked up by alias (see metadataFor)
        ...(d.ref.kind === 'pci' && d.ref.alias !== undefined ? { '@_alias': d.ref.alias } : {}),
        ...(d.type === undefined ? {} : { '@_type': d.type }),
        ...(d.family === undefined ? {} : { '@_family': d.family }),
        [`${p}attr`]: [...d.attributes].map(([name, value]) => ({ '@_name': name, '#text': value })),
      })),
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  return (builder.build(doc) as string).trimEnd();
}

/** `p:local` split into its prefix ('' for none) and local name. */
function qname(name: string): [string, string] {
  const i = name.indexOf(':');
  return i < 0 ? ['', name] : [name.slice(0, i), name.slice(i + 1)];
}

/** The namespace a prefix is bound to on `el` or one of its ancestors (libvirt declares it on the element itself). */
function namespaceOf(prefix: string, scopes: readonly XmlElement[]): string | undefined {
  const decl = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  for (const el of scopes) {
    const ns = attr(el, decl);
    if (ns !== undefined) return ns;
  }
  return undefined;
}

const NS_FAMILY = DEVMIG_XMLNS.slice(0, DEVMIG_XMLNS.lastIndexOf('/') + 1);

/**
 * Children `prefix:local`, and unprefixed `local` too: libvirt re-declares the namespace on
 * the element it stores, and tools differ in whether they prefix its descendants.
 */
function nsChildren(el: XmlElement, prefix: string, local: string): XmlElement[] {
  return prefix === '' ? children(el, local) : [...children(el, `${prefix}:${local}`), ...children(el, local)];
}

/** ` at line L, column C` of an element, or '' when the caller has no positions. */
type Locate = (el: XmlElement) => string;

function deviceMetadata(el: XmlElement, prefix: string, file: string, index: number, at: Locate): DeviceMetadata {
  const where = `devmig metadata device #${index + 1}${at(el)}`;
  const uuidText = attr(el, 'uuid');
  const address = attr(el, 'address');
  if ((uuidText === undefined) === (address === undefined)) throw new InputError(file, `${where}: needs exactly one of uuid= (mdev) or address= (PCI)`);
  const alias = attr(el, 'alias');
  let ref: HostdevRef;
  if (uuidText !== undefined) {
    const uuid = canonicalUuid(uuidText);
    if (uuid === undefined) throw new InputError(file, `${where}: uuid '${uuidText}' is not a UUID`);
    ref = { kind: 'mdev', uuid, ...(alias === undefined ? {} : { alias }) };
  } else {
    if (!isPciAddress(address!)) throw new InputError(file, `${where}: address '${address}' is not a PCI address like 0000:41:00.4`);
    ref = { kind: 'pci', address: address!, ...(alias === undefined ? {} : { alias }) };
  }
  const attributes = new Map<string, string>();
  for (const a of nsChildren(el, prefix, 'attr')) {
    const name = attr(a, 'name');
    if (name === undefined || name === '') throw new InputError(file, `${where}: an attr element without a name`);
    if (attributes.has(name)) throw new InputError(file, `${where}: attribute '${name}' given twice`);
    attributes.set(name, text(a));
  }
  if (attributes.size === 0) throw new InputError(file, `${where}: holds no attr element`);
  const type = attr(el, 'type');
  const family = attr(el, 'family');
  return { ref, attributes, ...(type === undefined ? {} : { type }), ...(family === undefined ? {} : { family }) };
}

/**
 * The devices recorded in the domain's devmig metadata, or null when it has none. The element
 * is found by its namespace, whatever its prefix; one in a newer devmig namespace is refused
 * rather than misread. `locate` (XmlDocument.at) puts the line and column in its errors.
 */
export function readDevmigMetadata(domain: XmlElement, file: string, locate?: (el: XmlElement) => string): DeviceMetadata[] | null {
  const at: Locate = locate === undefined ? () => '' : (el) => ` at ${locate(el)}`;
  const metadata = children(domain, 'metadata')[0];
  if (metadata === undefined) return null;
  const found: { el: XmlElement; prefix: string }[] = [];
  for (const name of childNames(metadata)) {
    const [prefix, local] = qname(name);
    for (const el of children(metadata, name)) {
      const ns = namespaceOf(prefix, [el, metadata, domain]);
      if (ns === DEVMIG_XMLNS) {
        if (local !== 'devices') throw new InputError(file, `devmig metadata: unexpected element <${name}>${at(el)}, expected <${prefix ? `${prefix}:` : ''}devices>`);
        found.push({ el, prefix });
      } else if (ns !== undefined && ns.startsWith(NS_FAMILY)) {
        throw new InputError(file, `devmig metadata${at(el)} in namespace ${ns}, which this devmig does not read (it reads ${DEVMIG_XMLNS}); upgrade devmig`);
      }
    }
  }
  if (found.length === 0) return null;
  if (found.length > 1) throw new InputError(file, `devmig metadata: more than one <devices> element (another${at(found[1]!.el)})`);
  const { el, prefix } = found[0]!;
  return nsChildren(el, prefix, 'device').map((d, i) => deviceMetadata(d, prefix, file, i, at));
}

/**
 * The recorded source profile of a hostdev: an mdev by its UUID (the mdev keeps it across the
 * migration); a PCI device by its address, then by its alias (the migration XML may give the
 * device another host address, never another alias).
 */
export function metadataFor(ref: HostdevRef, devices: readonly DeviceMetadata[]): DeviceMetadata | undefined {
  if (ref.kind === 'mdev') return devices.find((d) => d.ref.kind === 'mdev' && d.ref.uuid === ref.uuid);
  const pci = devices.filter((d) => d.ref.kind === 'pci');
  return pci.find((d) => d.ref.kind === 'pci' && d.ref.address === ref.address) ?? (ref.alias === undefined ? undefined : pci.find((d) => d.ref.alias === ref.alias));
}

/** A POSIX shell word: single-quoted, a quote inside written as '\''. */
function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The `virsh metadata` command that stores `element` (in the `virsh` form) in the running and persistent definition of `guest`. */
export function virshMetadataCommand(guest: string, element: string): string {
  return ['virsh', 'metadata', shellQuote(guest), '--uri', DEVMIG_XMLNS, '--key', DEVMIG_KEY, '--set', shellQuote(element), '--live', '--config'].join(' ');
}
