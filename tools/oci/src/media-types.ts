// Media types of Flux's artifact format (what `flux push artifact` writes and source-controller
// reads) and of the OCI image spec.

export const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
export const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
export const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";

/** Config of a Flux artifact: an empty JSON object with this media type. */
export const FLUX_CONFIG = "application/vnd.cncf.flux.config.v1+json";
/** The single layer of a Flux artifact: the tar+gzip of the file tree. */
export const FLUX_CONTENT = "application/vnd.cncf.flux.content.v1.tar+gzip";

/** Standard annotations (OCI image spec, pre-defined annotation keys). */
export const ANNOTATION_CREATED = "org.opencontainers.image.created";
export const ANNOTATION_SOURCE = "org.opencontainers.image.source";
export const ANNOTATION_REVISION = "org.opencontainers.image.revision";
export const ANNOTATION_REF_NAME = "org.opencontainers.image.ref.name";
/** The platform's own annotations: which cluster, and which component packages went in. */
export const ANNOTATION_CLUSTER = "io.k8s-gitops.cluster";
export const ANNOTATION_PACKAGES = "io.k8s-gitops.packages";
