/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/pv_mode_narrowed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/pv_mode_narrowed/fail-ppgtt-missing-same-release 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/pv_mode_narrowed/fail-ppgtt-removed-in-major 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/pv_mode_narrowed/pass-context-added 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/pv_mode_narrowed/pass-missing-on-source 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/pv_mode_narrowed/pass-set-separators 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/type_table_changed/fail-fence-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/type_table_changed description#fence",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break gvt-g/type_table_changed description#fence",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/type_table_changed/fail-gen8-table-under-gen9-name 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/type_table_changed description#high_gm_size",
      "break gvt-g/type_table_changed description#low_gm_size",
      "break gvt-g/type_table_changed description#resolution",
      "break gvt-g/type_table_changed description#weight",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break gvt-g/type_table_changed description#high_gm_size",
      "break gvt-g/type_table_changed description#low_gm_size",
      "break gvt-g/type_table_changed description#resolution",
      "break gvt-g/type_table_changed description#weight",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/type_table_changed/fail-key-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/type_table_changed description#weight",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/type_table_changed/pass-blanks-and-order 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/type_table_changed/pass-extra-key-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/type_table_changed/pass-free-text-description 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break gvt-g/type_table_changed description#fence",
      "break gvt-g/type_table_changed description#high_gm_size",
      "break gvt-g/type_table_changed description#low_gm_size",
      "break gvt-g/type_table_changed description#resolution",
      "break gvt-g/type_table_changed description#weight",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/device_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/device_changed/fail-zip-vf-to-sec-vf 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/device_changed/pass-hex-spelling 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/device_changed/pass-hpre-vf-both-sides 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/qp_num_changed/fail-64-to-32-queue-pairs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/qp_num_changed qp_num",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/qp_num_changed qp_num",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/qp_num_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/qp_num_changed qp_num",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/qp_num_changed qp_num",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/qp_num_changed/pass-missing-on-both 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/qp_num_changed/pass-number-spelling 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/que_iso_cfg_changed/fail-isolation-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/que_iso_cfg_changed que_iso_cfg",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/que_iso_cfg_changed que_iso_cfg",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/que_iso_cfg_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/que_iso_cfg_changed que_iso_cfg",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/que_iso_cfg_changed que_iso_cfg",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/que_iso_cfg_changed/pass-same-isolation 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/qp_num_changed qp_num",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/qp_num_changed qp_num",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_magic_unreadable/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/stream_magic_unreadable migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/stream_magic_unreadable migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_magic_unreadable/fail-v2-stream-into-v1-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/stream_magic_unreadable migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_magic_unreadable/pass-magic-hex-case 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_magic_unreadable/pass-v1-stream-into-v2-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/stream_magic_unreadable migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_magic_unreadable/pass-v1-without-0x-prefix 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/stream_magic_unreadable migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_major_changed/fail-magic-upper-case-still-v2 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/stream_major_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/stream_major_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_major_changed/fail-v2-major-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/stream_major_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/stream_major_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_major_changed/fail-version-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break hisi-acc/stream_major_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/stream_major_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_major_changed/pass-minor-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_major_changed/pass-v1-source-condition-not-met 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/stream_magic_unreadable migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/device_changed/fail-connectx5-vf-id 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break mlx5/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break mlx5/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/device_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break mlx5/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break mlx5/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/device_changed/pass-hex-case 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/record_tag_unknown/fail-tag-without-kind-is-mandatory 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break mlx5/record_tag_unknown migration/record_tags",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/record_tag_unknown/fail-target-parses-no-tags 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break mlx5/record_tag_unknown migration/record_tags",
      "info mlx5/record_tag_unknown migration/record_tags#MLX5_MIGF_HEADER_TAG_STOP_COPY_SIZE",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/record_tag_unknown/pass-known-tags-one-per-line 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/record_tag_unknown/pass-optional-record-skipped 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "info mlx5/record_tag_unknown migration/record_tags#MLX5_MIGF_HEADER_TAG_STOP_COPY_SIZE",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/record_tag_unknown/pass-source-writes-no-tags 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break mlx5/record_tag_unknown migration/record_tags",
      "info mlx5/record_tag_unknown migration/record_tags#MLX5_MIGF_HEADER_TAG_STOP_COPY_SIZE",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/nr_ports_changed/fail-dual-port-to-single-port 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break mtty/nr_ports_changed nr_ports",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break mtty/nr_ports_changed nr_ports",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/nr_ports_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break mtty/nr_ports_changed nr_ports",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break mtty/nr_ports_changed nr_ports",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/nr_ports_changed/pass-number-spelling 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/nr_ports_changed/pass-same-ports-fewer-instances 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/stream_version_changed/fail-minor-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break mtty/stream_version_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break mtty/stream_version_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/stream_version_changed/fail-target-without-migration 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break mtty/stream_version_changed migration/stream_version",
      "break standard/opaque_field_changed migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break mtty/stream_version_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/stream_version_changed/pass-neither-migrates 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/stream_version_changed/pass-same-stream 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/board_changed/fail-compatible-pci-ids-not-honoured 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
      "break standard/compatible_list_narrowed compatible_pci_ids",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/board_changed/fail-h100-to-h200 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/board_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/board_changed/pass-hex-spelling 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/ecc_changed/fail-ecc-enabled-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/ecc_changed nvidia/ecc",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/ecc_changed nvidia/ecc",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/ecc_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/ecc_changed nvidia/ecc",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/ecc_changed nvidia/ecc",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/ecc_changed/pass-hopper-both-enabled 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/host_driver_changed/fail-16.4-to-16.6-identical-policy 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/host_driver_changed/fail-missing-on-both-warns 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/host_driver_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/host_driver_changed/pass-compatible-policy-switches-it-off 1`] = `
Object {
  "command": "devmig check old new --option nvidia-policy=compatible",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_version_out_of_range nvidia/vgpu_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/host_driver_changed/pass-same-manager 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/migration_unsupported/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/migration_unsupported nvidia/migration",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/migration_unsupported nvidia/migration",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/migration_unsupported/fail-target-unsupported 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/migration_unsupported nvidia/migration",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/migration_unsupported nvidia/migration",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/migration_unsupported/pass-both-supported-sriov 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/profile_changed/fail-1q-to-2q 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/profile_changed description#framebuffer",
      "break nvidia-vgpu/profile_changed description#max_resolution",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/profile_changed description#framebuffer",
      "break nvidia-vgpu/profile_changed description#max_resolution",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/profile_changed/fail-frl-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/profile_changed description#frl_config",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/profile_changed/pass-blanks-order-and-max-instance 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/profile_changed/pass-free-text-description 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/profile_changed description#framebuffer",
      "break nvidia-vgpu/profile_changed description#frl_config",
      "break nvidia-vgpu/profile_changed description#max_resolution",
      "break nvidia-vgpu/profile_changed description#num_heads",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_type_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
      "break standard/migration_unknown migration/features",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
      "break standard/migration_unknown migration/features",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_type_changed/fail-type-id-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_type_changed/pass-name-spelling-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_version_out_of_range/fail-downgrade-outside-range 1`] = `
Object {
  "command": "devmig check old new --option nvidia-policy=compatible",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_version_out_of_range nvidia/vgpu_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_version_out_of_range/fail-range-missing-on-target 1`] = `
Object {
  "command": "devmig check old new --option nvidia-policy=compatible",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_version_out_of_range nvidia/vgpu_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_version_out_of_range/pass-identical-policy-switches-it-off 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_version_out_of_range/pass-range-upper-end-inclusive 1`] = `
Object {
  "command": "devmig check old new --option nvidia-policy=compatible",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_version_out_of_range/pass-upgrade-inside-range 1`] = `
Object {
  "command": "devmig check old new --option nvidia-policy=compatible",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_version_out_of_range nvidia/vgpu_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/capabilities_narrowed/fail-extended-dc-bit-lost 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break qat/capabilities_narrowed extended_dc_capabilities",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/capabilities_narrowed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break qat/capabilities_narrowed accel_capabilities_mask",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/capabilities_narrowed/fail-smx-fused-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break qat/capabilities_narrowed accel_capabilities_mask",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/capabilities_narrowed/pass-hex-case-and-prefix 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/capabilities_narrowed/pass-missing-on-source 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break qat/capabilities_narrowed extended_dc_capabilities",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/capabilities_narrowed/pass-smx-fused-source 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break qat/capabilities_narrowed accel_capabilities_mask",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/device_changed/fail-4xxx-vf-to-401xx-vf 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break qat/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break qat/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/device_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break qat/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break qat/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/device_changed/pass-hex-without-prefix 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/pfvf_compat_newer/fail-missing-on-target-warns 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn qat/pfvf_compat_newer pfvf_compat_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/pfvf_compat_newer/fail-source-newer-warns 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn qat/pfvf_compat_newer pfvf_compat_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/pfvf_compat_newer/fail-zero-means-unknown 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn qat/pfvf_compat_newer pfvf_compat_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn qat/pfvf_compat_newer pfvf_compat_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/pfvf_compat_newer/pass-target-newer 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn qat/pfvf_compat_newer pfvf_compat_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/rate_limit_lower/fail-service-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break qat/rate_limit_lower rl/asym/cir",
      "break qat/rate_limit_lower rl/asym/pir",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/rate_limit_lower/fail-sym-sla-lower 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break qat/rate_limit_lower rl/sym/cir",
      "break qat/rate_limit_lower rl/sym/pir",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/rate_limit_lower/pass-extra-service-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break qat/rate_limit_lower rl/dc/cir",
      "break qat/rate_limit_lower rl/dc/pir",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/rate_limit_lower/pass-higher-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break qat/rate_limit_lower rl/sym/cir",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/ring_to_svc_map_changed/fail-cy-config-to-dc-config 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break qat/ring_to_svc_map_changed ring_to_svc_map",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break qat/ring_to_svc_map_changed ring_to_svc_map",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/ring_to_svc_map_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break qat/ring_to_svc_map_changed ring_to_svc_map",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break qat/ring_to_svc_map_changed ring_to_svc_map",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/ring_to_svc_map_changed/pass-hex-spelling 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/attribute_misspelt/fail-case 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/opaque_field_changed PV_MODE",
      "warn standard/attribute_misspelt PV_MODE",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
      "warn standard/attribute_misspelt PV_MODE",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/attribute_misspelt/fail-dash 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn standard/attribute_misspelt mdev-type",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/attribute_misspelt mdev-type",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/attribute_misspelt/pass-both-spellings 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/attribute_unreadable/fail-group-too-deep-on-source 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/attribute_unreadable fw/a/b/c/d/e",
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "info standard/attribute_unreadable fw/a/b/c/d/e",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/attribute_unreadable/fail-type-table-oversized 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/type_table_changed description#fence",
      "break gvt-g/type_table_changed description#high_gm_size",
      "break gvt-g/type_table_changed description#low_gm_size",
      "break gvt-g/type_table_changed description#resolution",
      "break gvt-g/type_table_changed description#weight",
      "break standard/attribute_unreadable description",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/attribute_unreadable description",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/attribute_unreadable/pass-free-text-description-oversized 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "info standard/attribute_unreadable description",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "info standard/attribute_unreadable description",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/attribute_unreadable/pass-informational-group-too-deep 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "info standard/attribute_unreadable devices/a/b/c/d/e",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "info standard/attribute_unreadable devices/a/b/c/d/e",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/available_instances_exhausted/fail-target-full-warns 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/available_instances_exhausted available_instances",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/available_instances_exhausted/pass-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/available_instances_exhausted/pass-one-left 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/available_instances_exhausted/pass-source-full 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/available_instances_exhausted available_instances",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/compatible_list_narrowed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/compatible_list_narrowed/fail-parent-id-dropped 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/compatible_list_narrowed/fail-text-list-narrowed 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_types",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/compatible_list_narrowed/pass-hex-spelling 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/compatible_list_narrowed/pass-missing-on-source 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/device_api_changed/fail-case-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/device_api_changed device_api",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/device_api_changed device_api",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/device_api_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/device_api_changed device_api",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/device_api_changed device_api",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/device_api_changed/fail-pci-to-ccw 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/device_api_changed device_api",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/device_api_changed device_api",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/device_api_changed/pass-no-trailing-newline 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/dirty_tracking_none/fail-source-none 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn standard/dirty_tracking_none migration/dirty_tracking",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/dirty_tracking_none/pass-iommu 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/dirty_tracking_none migration/dirty_tracking",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/dirty_tracking_none/pass-target-only 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/dirty_tracking_none migration/dirty_tracking",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/dynamic_resource_missing/fail-aggregator-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/dynamic_resource_missing dynamic_resources",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/dynamic_resource_missing/fail-second-resource-missing 1`] = `
Object {
  "actions": Array [
    "set aggregator=2 on the target",
  ],
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/dynamic_resource_missing dynamic_resources",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/dynamic_resource_missing/pass-set-on-target 1`] = `
Object {
  "actions": Array [
    "set aggregator=2 on the target",
  ],
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/dynamic_resource_missing/pass-two-resources-separators 1`] = `
Object {
  "actions": Array [
    "set aggregator=2 on the target",
    "set weight_override=8 on the target",
  ],
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/family_mismatch/fail-hisi-vf-against-qat-vf 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/family_mismatch family",
      "break standard/opaque_field_changed device",
      "break standard/opaque_field_changed migration/magic",
      "break standard/opaque_field_changed migration/stream_version",
      "break standard/opaque_field_changed qp_num",
      "break standard/opaque_field_changed que_iso_cfg",
      "break standard/opaque_field_changed vendor",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/family_mismatch family",
      "break standard/opaque_field_changed device",
      "break standard/opaque_field_changed pfvf_compat_version",
      "break standard/opaque_field_changed vendor",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/family_mismatch/fail-mtty-against-gvt-g 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/family_mismatch family",
      "break standard/mdev_type_changed mdev_type",
      "break standard/opaque_field_changed migration/magic",
      "break standard/opaque_field_changed migration/stream_version",
      "break standard/opaque_field_changed nr_ports",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/family_mismatch family",
      "break standard/feature_set_narrowed pv_mode",
      "break standard/mdev_type_changed mdev_type",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/family_mismatch/pass-nvidia-mdev-and-sriov-selectors 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
      "break nvidia-vgpu/ecc_changed nvidia/ecc",
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
      "break standard/mdev_type_changed mdev_type",
      "warn standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
      "break nvidia-vgpu/ecc_changed nvidia/ecc",
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
      "break standard/mdev_type_changed mdev_type",
      "break standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/family_mismatch/pass-one-family-unknown 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
      "break standard/migration_unsupported migration/features",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
      "break standard/migration_unsupported migration/features",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/family_mismatch/pass-same-family-two-types 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break mtty/nr_ports_changed nr_ports",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break mtty/nr_ports_changed nr_ports",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_removed_without_major/fail-compatible-list-removed-in-patch 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
      "break standard/feature_removed_without_major software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_removed_without_major/fail-removed-in-minor 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/feature_removed_without_major software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_removed_without_major/pass-removed-with-major 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_removed_without_major/pass-same-release-narrower 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_set_narrowed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_set_narrowed/fail-ppgtt-missing-same-release 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_set_narrowed/fail-removed-in-major 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_set_narrowed/pass-gvt-g-pack-claims-pv-mode 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_set_narrowed/pass-superset-with-separators 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/mdev_type_changed/fail-cross-type-extended-mode-warns 1`] = `
Object {
  "actions": Array [
    "set aggregator=4 on the target",
  ],
  "command": "devmig check old new --mode extended",
  "forward": Object {
    "fired": Array [
      "warn standard/mdev_type_changed mdev_type",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/mdev_type_changed mdev_type",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/mdev_type_changed/fail-cross-type-strict-mode 1`] = `
Object {
  "actions": Array [
    "set aggregator=2 on the target",
  ],
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/mdev_type_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/mdev_type_changed/fail-v5-4-to-v5-8 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/mdev_type_changed/pass-link-and-file 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unknown/fail-target-unknown 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unknown migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unknown migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unknown/fail-unknown-driver 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unknown migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unknown migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unknown/pass-stated 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unknown/pass-table-driver 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unsupported/fail-kernel-too-old 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unsupported/fail-mdpy 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unsupported/fail-stated-without-stop-copy 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unsupported/pass-2020-interface 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unsupported/pass-mtty 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/migration_unsupported/pass-nvidia-own-rule 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/fail-hex-needs-both-prefixed 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/opaque_field_changed migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/opaque_field_changed migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/opaque_field_changed fw/build",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/fail-mtty-magic-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/opaque_field_changed migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/opaque_field_changed migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/fail-not-listed-as-dynamic 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/opaque_field_changed aggregator",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/opaque_field_changed aggregator",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/pass-both-hex-either-case 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/pass-dynamic-resource-waived 1`] = `
Object {
  "actions": Array [
    "set aggregator=2 on the target",
  ],
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/pass-informational-name 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/pass-new-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/opaque_field_changed fw/build",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_device_changed/fail-kbl-to-skl-not-listed 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/parent_device_changed parent/device",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
      "break standard/parent_device_changed parent/device",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_device_changed/fail-listed-only-by-source 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
      "break standard/parent_device_changed parent/device",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "info standard/parent_device_changed parent/device",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_device_changed/fail-missing-on-source-warns 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn standard/parent_device_changed parent/device",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/parent_device_changed parent/device",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_device_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/parent_device_changed parent/device",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/parent_device_changed parent/device",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_device_changed/pass-listed-hex-spelling 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "info standard/parent_device_changed parent/device",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
      "break standard/parent_device_changed parent/device",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_device_changed/pass-listed-in-target-compatible-ids 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "info standard/parent_device_changed parent/device",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
      "break standard/parent_device_changed parent/device",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_vendor_changed/fail-missing-on-source-warns 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_vendor_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_vendor_changed/fail-vendor-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_vendor_changed/pass-hex-spelling 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/fail-major-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/fail-minor-older-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/fail-missing-on-both-warns 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "warn standard/software_version_incompatible software_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/migration_unsupported migration/features",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/fail-prerelease-differs 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/pass-bugfix-ignored 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/pass-interface-version-alias 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/pass-minor-newer-zero-major 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/pass-prerelease-build-metadata-ignored 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/pass-short-forms 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/type_not_renamed/fail-major-change-same-name 1`] = `
Object {
  "bump": Object {
    "declared": "major",
    "findings": Array [
      "break standard/type_not_renamed mdev_type",
    ],
    "ok": false,
    "required": "major",
  },
  "command": "devmig bump old new --policy rename-on-major",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/type_not_renamed/fail-no-type-name-warns 1`] = `
Object {
  "bump": Object {
    "declared": "major",
    "findings": Array [
      "warn standard/type_not_renamed mdev_type",
    ],
    "ok": true,
    "required": "major",
  },
  "command": "devmig bump old new --policy rename-on-major",
  "forward": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/type_not_renamed/pass-minor-change-keeps-name 1`] = `
Object {
  "bump": Object {
    "declared": "minor",
    "findings": Array [],
    "ok": true,
    "required": "minor",
  },
  "command": "devmig bump old new --policy rename-on-major",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/type_not_renamed/pass-renamed 1`] = `
Object {
  "bump": Object {
    "declared": "major",
    "findings": Array [],
    "ok": true,
    "required": "major",
  },
  "command": "devmig bump old new --policy rename-on-major",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/mdev_type_changed mdev_type",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/type_not_renamed/pass-without-policy 1`] = `
Object {
  "bump": Object {
    "declared": "major",
    "findings": Array [],
    "ok": true,
    "required": "major",
  },
  "command": "devmig bump old new",
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/device_changed/fail-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break virtio-vf/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break virtio-vf/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/device_changed/fail-net-vf-to-block-vf 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break virtio-vf/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [
      "break virtio-vf/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/device_changed/pass-hex-without-prefix 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/record_tag_unknown/fail-common-cfg-unknown 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break virtio-vf/record_tag_unknown migration/record_tags",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/record_tag_unknown/fail-known-tags-missing-on-target 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "break virtio-vf/record_tag_unknown migration/record_tags",
      "info virtio-vf/record_tag_unknown migration/record_tags#VIRTIO_DEV_PART_T_VENDOR",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/record_tag_unknown/pass-plus-separated-lists 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/record_tag_unknown/pass-vendor-part-skipped 1`] = `
Object {
  "command": "devmig check old new",
  "forward": Object {
    "fired": Array [
      "info virtio-vf/record_tag_unknown migration/record_tags#VIRTIO_DEV_PART_T_VENDOR",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`
