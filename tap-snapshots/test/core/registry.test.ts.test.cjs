/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/pv_mode_narrowed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/pv_mode_narrowed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/type_table_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break gvt-g/type_table_changed description#fence",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break gvt-g/type_table_changed description#fence",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > gvt-g/type_table_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/device_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break hisi-acc/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/device_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/qp_num_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break hisi-acc/qp_num_changed qp_num",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/qp_num_changed qp_num",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/qp_num_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/que_iso_cfg_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break hisi-acc/que_iso_cfg_changed que_iso_cfg",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/que_iso_cfg_changed que_iso_cfg",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/que_iso_cfg_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_magic_unreadable/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break hisi-acc/stream_magic_unreadable migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_magic_unreadable/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/stream_magic_unreadable migration/magic",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_major_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break hisi-acc/stream_major_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break hisi-acc/stream_major_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > hisi-acc/stream_major_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/device_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break mlx5/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break mlx5/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/device_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/record_tag_unknown/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break mlx5/record_tag_unknown migration/record_tags",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mlx5/record_tag_unknown/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "info mlx5/record_tag_unknown migration/record_tags#MLX5_MIGF_HEADER_TAG_STOP_COPY_SIZE",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/nr_ports_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break mtty/nr_ports_changed nr_ports",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break mtty/nr_ports_changed nr_ports",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/nr_ports_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/stream_version_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break mtty/stream_version_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break mtty/stream_version_changed migration/stream_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > mtty/stream_version_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/board_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/board_changed parent/device",
      "break standard/compatible_list_narrowed compatible_pci_ids",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/board_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/ecc_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/ecc_changed nvidia/ecc",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/ecc_changed nvidia/ecc",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/ecc_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/host_driver_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {
    "nvidia-policy": "identical",
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

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/host_driver_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {
    "nvidia-policy": "identical",
  },
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/migration_unsupported/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/migration_unsupported nvidia/migration",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/migration_unsupported nvidia/migration",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/migration_unsupported/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/profile_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/profile_changed description#framebuffer",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/profile_changed description#framebuffer",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/profile_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_type_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_type_changed nvidia/vgpu_type",
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_type_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "warn nvidia-vgpu/host_driver_changed nvidia/host_driver_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_version_out_of_range/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break nvidia-vgpu/vgpu_version_out_of_range nvidia/vgpu_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {
    "nvidia-policy": "compatible",
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

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > nvidia-vgpu/vgpu_version_out_of_range/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {
    "nvidia-policy": "compatible",
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

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/capabilities_narrowed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break qat/capabilities_narrowed accel_capabilities_mask",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/capabilities_narrowed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break qat/capabilities_narrowed accel_capabilities_mask",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/device_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break qat/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break qat/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/device_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/pfvf_compat_newer/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "warn qat/pfvf_compat_newer pfvf_compat_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/pfvf_compat_newer/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "warn qat/pfvf_compat_newer pfvf_compat_version",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/rate_limit_lower/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break qat/rate_limit_lower rl/asym0/cir",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/rate_limit_lower/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break qat/rate_limit_lower rl/asym0/cir",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/ring_to_svc_map_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break qat/ring_to_svc_map_changed ring_to_svc_map",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break qat/ring_to_svc_map_changed ring_to_svc_map",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > qat/ring_to_svc_map_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/attribute_unreadable/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/attribute_unreadable fw_state",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/attribute_unreadable fw_state",
      "break standard/opaque_field_changed fw_state",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/attribute_unreadable/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "info standard/attribute_unreadable description",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "info standard/attribute_unreadable description",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/available_instances_exhausted/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "warn standard/available_instances_exhausted available_instances",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/available_instances_exhausted/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/compatible_list_narrowed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/compatible_list_narrowed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/compatible_list_narrowed compatible_pci_ids",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/device_api_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/device_api_changed device_api",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/device_api_changed device_api",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/device_api_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/dynamic_resource_missing/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/dynamic_resource_missing dynamic_resources",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/dynamic_resource_missing/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/family_mismatch/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/family_mismatch family",
      "break standard/mdev_type_changed mdev_type",
      "break standard/opaque_field_changed nr_ports",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/family_mismatch family",
      "break standard/feature_set_narrowed pv_mode",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/family_mismatch/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break mtty/nr_ports_changed nr_ports",
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
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

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_removed_without_major/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/feature_removed_without_major software_version",
      "break standard/feature_set_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_removed_without_major/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_set_narrowed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/feature_set_narrowed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/feature_set_narrowed pv_mode",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/mdev_type_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/mdev_type_changed mdev_type",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/mdev_type_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/opaque_field_changed fw_build",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/opaque_field_changed fw_build",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/opaque_field_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_device_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/parent_device_changed parent/device",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/parent_device_changed parent/device",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_device_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "info standard/parent_device_changed parent/device",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
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

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_vendor_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/parent_vendor_changed parent/vendor",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/parent_vendor_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/software_version_incompatible/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/type_not_renamed/fail 1`] = `
Object {
  "bump": Object {
    "declared": "major",
    "findings": Array [
      "break standard/type_not_renamed mdev_type",
    ],
    "ok": false,
    "required": "major",
  },
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > standard/type_not_renamed/pass 1`] = `
Object {
  "bump": Object {
    "declared": "major",
    "findings": Array [],
    "ok": true,
    "required": "major",
  },
  "forward": Object {
    "fired": Array [
      "break gvt-g/pv_mode_narrowed pv_mode",
      "break standard/mdev_type_changed mdev_type",
      "break standard/software_version_incompatible software_version",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
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

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/device_changed/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break virtio-vf/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [
      "break virtio-vf/device_changed device",
    ],
    "tier": "none",
    "verdict": "incompatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/device_changed/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/record_tag_unknown/fail 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "break virtio-vf/record_tag_unknown migration/record_tags",
    ],
    "tier": "cold",
    "verdict": "incompatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`

exports[`test/core/registry.test.ts > TAP > every rule over every fixture > virtio-vf/record_tag_unknown/pass 1`] = `
Object {
  "forward": Object {
    "fired": Array [
      "info virtio-vf/record_tag_unknown migration/record_tags#VIRTIO_DEV_PART_T_VENDOR",
    ],
    "tier": "live",
    "verdict": "compatible",
  },
  "options": Object {},
  "rollback": Object {
    "fired": Array [],
    "tier": "live",
    "verdict": "compatible",
  },
}
`
