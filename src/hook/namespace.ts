/**
 * The XML namespace of devmig's element in a libvirt domain's `<metadata>`. Its last path
 * element is the format's major version: a reader refuses a namespace it does not know
 * rather than guessing at it.
 */
export const DEVMIG_XMLNS = 'https://devmig.dev/xmlns/domain/1';

/** The prefix the element carries: `virsh metadata --key devmig` stores it under this one. */
export const DEVMIG_KEY = 'devmig';
