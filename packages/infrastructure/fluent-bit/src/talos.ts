import { port, type Port } from "@k8s-gitops/core";

/**
 * The node-local port Fluent Bit receives Talos' own logs on (TCP, JSON lines, 127.0.0.1 only:
 * Fluent Bit runs on the host network for it). The Talos machine configuration must send there:
 *
 *   machine:
 *     logging:
 *       destinations:
 *         - endpoint: tcp://127.0.0.1:6050/
 *           format: json_lines
 *     install:
 *       extraKernelArgs:
 *         - talos.logging.kernel=tcp://127.0.0.1:6050/
 *
 * `machine.logging` carries the service logs (machined, apid, kubelet, etcd, ...); the kernel
 * argument the kernel's (it takes effect at the next install or upgrade of the node).
 */
export const TALOS_LOGS_PORT: Port = port(6050);

/** The endpoint Talos' `machine.logging.destinations[].endpoint` and `talos.logging.kernel` name. */
export const TALOS_LOGS_ENDPOINT = `tcp://127.0.0.1:${TALOS_LOGS_PORT}/` as const;

/** The Talos logging destination, as a machine configuration patch writes it. */
export const TALOS_LOG_DESTINATION = { endpoint: TALOS_LOGS_ENDPOINT, format: "json_lines" } as const;

/** The kernel argument that sends the kernel's log there too. */
export const TALOS_KERNEL_LOGGING_ARG = `talos.logging.kernel=${TALOS_LOGS_ENDPOINT}` as const;
