// No imports: the validator reads this table too (through the package's ./fixed-parameters
// export), so the builder's type and the build's check cannot disagree.

/**
 * PostgreSQL parameters CloudNativePG 1.27 manages itself: its validating webhook rejects a
 * Cluster that sets any of them ("Can't set fixed configuration parameter"). From
 * pkg/postgres/configuration.go, FixedConfigurationParameters, at v1.27.1 ("fixed": the operator
 * sets it; "blocked": it must keep PostgreSQL's default).
 */
export const FIXED_PARAMETERS = {
  allow_system_table_mods: "blocked",
  archive_mode: "fixed",
  bonjour: "blocked",
  bonjour_name: "blocked",
  cluster_name: "fixed",
  config_file: "blocked",
  data_directory: "blocked",
  data_sync_retry: "blocked",
  event_source: "blocked",
  external_pid_file: "blocked",
  hba_file: "blocked",
  hot_standby: "blocked",
  ident_file: "blocked",
  jit_provider: "blocked",
  listen_addresses: "blocked",
  logging_collector: "blocked",
  port: "fixed",
  primary_conninfo: "fixed",
  primary_slot_name: "fixed",
  recovery_target: "fixed",
  recovery_target_action: "fixed",
  recovery_target_inclusive: "fixed",
  recovery_target_lsn: "fixed",
  recovery_target_name: "fixed",
  recovery_target_time: "fixed",
  recovery_target_timeline: "fixed",
  recovery_target_xid: "fixed",
  restore_command: "fixed",
  shared_preload_libraries: "fixed",
  temp_tablespaces: "fixed",
  unix_socket_directories: "blocked",
  unix_socket_group: "blocked",
  unix_socket_permissions: "blocked",
  archive_cleanup_command: "blocked",
  archive_command: "fixed",
  log_destination: "blocked",
  log_directory: "blocked",
  log_file_mode: "blocked",
  log_filename: "blocked",
  log_rotation_age: "blocked",
  log_rotation_size: "blocked",
  log_truncate_on_rotation: "blocked",
  "pg_failover_slots.primary_dsn": "fixed",
  "pg_failover_slots.standby_slot_names": "fixed",
  promote_trigger_file: "blocked",
  recovery_end_command: "blocked",
  recovery_min_apply_delay: "blocked",
  restart_after_crash: "blocked",
  ssl: "fixed",
  ssl_ca_file: "fixed",
  ssl_cert_file: "fixed",
  ssl_crl_file: "fixed",
  ssl_dh_params_file: "fixed",
  ssl_ecdh_curve: "fixed",
  ssl_key_file: "fixed",
  ssl_passphrase_command: "fixed",
  ssl_passphrase_command_supports_reload: "fixed",
  ssl_prefer_server_ciphers: "fixed",
  stats_temp_directory: "blocked",
  synchronous_standby_names: "fixed",
  synchronized_standby_slots: "fixed",
  syslog_facility: "blocked",
  syslog_ident: "blocked",
  syslog_sequence_numbers: "blocked",
  syslog_split_messages: "blocked",
} as const satisfies Readonly<Record<string, "fixed" | "blocked">>;

/** A parameter the operator's webhook refuses in spec.postgresql.parameters. */
export type FixedParameter = keyof typeof FIXED_PARAMETERS;

export function isFixedParameter(name: string): name is FixedParameter {
  return Object.hasOwn(FIXED_PARAMETERS, name);
}
