/**
 * The XML namespace of devmig's element in a libvirt domain's `<metadata>`. Its last path
 * element is the format's major version: a reader refuses a namespace it does not know
 * rather than guessing at it.
 */
export const DEVMIG_XMLNS = 'https://devmig.dev/xmlns/domain/1';

/**
 * The prefix the element carries in the domain XML: `virsh metadata --key devmig` declares the
 * namespace under it and prefixes the element it is given, which must carry neither.
 */
export const DEVMIG_KEY = 'devmig';
