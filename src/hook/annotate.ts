import { collect, type CollectedProfile, type SysfsCollectResult } from '../collect/collect.js';
import { liveCollectOptions } from '../collect/host-sources.js';
import { InputError } from '../errors.js';
import { readDomainXml } from './domain-xml.js';
import { hostdevName, type HostdevRef } from './hostdev.js';
import { currentVgpuType, localMdevType, typeOf } from './local-devices.js';
import { renderMetadata, virshMetadataCommand, type DeviceMetadata } from './metadata.js';

export interface AnnotateOptions {
  /** The source host's sysfs root; `/sys` by default. */
  sysfs?: string;
  /** Attributes sysfs does not hold (ECC mode, driver versions), as `collect --set` adds them. */
  set?: Readonly<Record<string, string>>;
  /** Host facts as collect reads them: procfs root (`/proc` by default), saved nvidia-smi output, or never running nvidia-smi. */
  proc?: string;
  nvidiaSmiXml?: string;
  runNvidiaSmi?: boolean;
}

export interface Annotation {
  guest: string;
  devices: DeviceMetadata[];
  /** The `<devmig:devices>` element as it stands in the domain's `<metadata>`. */
  element: string;
  /** The same element as `virsh metadata --set` and virDomainSetMetadata take it (unprefixed, undeclared: libvirt adds both). */
  metadataArgument: string;
  /** The `virsh metadata` command that stores it. */
  virsh: string;
}

/**
 * The count of free instances on the source says nothing about the type a target must
 * offer, and changes as guests start: it is left out of the recorded profile.
 */
const NOT_RECORDED = new Set(['available_instances']);

/** The collected profile of the type a running hostdev uses on this host, or why there is none. */
function profileOf(ref: HostdevRef, host: SysfsCollectResult): CollectedProfile | string {
  if (ref.kind === 'mdev') {
    const local = localMdevType(host.root, ref.uuid);
    if ('missing' in local) return `${local.missing} (annotate runs on the source host while the guest runs)`;
    return host.profiles.find((p) => p.id === local.id) ?? `its type ${local.id} was not found under class/mdev_bus`;
  }
  const here = host.profiles.filter((p) => p.device === ref.address);
  const variant = here.find((p) => p.id === ref.address);
  if (variant !== undefined) return variant;
  if (here.length === 0) return 'not bound to a VFIO variant driver and not an NVIDIA vGPU VF: devmig has no profile for it (a plain vfio-pci device cannot live-migrate)';
  const running = currentVgpuType(host.root, ref.address);
  return (running === null ? undefined : here.find((p) => p.id === `${ref.address}/${running}`)) ?? 'an NVIDIA VF that runs no vGPU type (nvidia/current_vgpu_type is 0 or unreadable)';
}

/**
 * On the source host: the devmig metadata for a running domain, one device per mdev or PCI
 * hostdev, each holding the profile of its type as `collect` reads it. A hostdev devmig cannot
 * profile is an InputError: partial metadata would only make the hook refuse later, with less to say.
 */
export function annotate(domainXml: string, file: string, opts: AnnotateOptions = {}): Annotation {
  const domain = readDomainXml(domainXml, file);
  const host = collect(liveCollectOptions(opts));
  const devices = domain.hostdevs.map((ref): DeviceMetadata => {
    const found = profileOf(ref, host);
    if (typeof found === 'string') throw new InputError(file, `hostdev ${hostdevName(ref)}: ${found}`);
    const attributes = new Map([...found.profile.attributes].filter(([k]) => !NOT_RECORDED.has(k)));
    const type = typeOf(attributes);
    return { ref, attributes, ...(type === undefined ? {} : { type }), ...(found.family === null ? {} : { family: found.family }) };
  });
  if (devices.length === 0) throw new InputError(file, `domain ${domain.name} has no mdev or PCI hostdev: nothing to annotate`);
  const metadataArgument = renderMetadata(devices, 'virsh');
  return { guest: domain.name, devices, element: renderMetadata(devices), metadataArgument, virsh: virshMetadataCommand(domain.name, metadataArgument) };
}
