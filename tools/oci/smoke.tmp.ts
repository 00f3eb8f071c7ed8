import { TestRegistry } from "/work/main/tools/oci/test/support/index.ts";
import { packArtifact, RegistryClient, pushImage, pullImage, artifactFiles, Credentials, writeLayout } from "/work/main/tools/oci/src/index.ts";
import { execFileSync } from "node:child_process";
const reg = await TestRegistry.start({ users: { "robot$ci": "s3cret" } });
try {
  const img = packArtifact(new Map([["flux/a.yaml", "a: 1\n"], ["components/x/b.yaml", "b: 2\n"]]), { source: "https://example.com/r", revision: `main@sha1:${"a".repeat(40)}`, created: "2025-01-01T00:00:00Z", cluster: "infra", packages: new Map([["@k8s-gitops/x", "1.0.0"]]) });
  const client = new RegistryClient({ registry: reg.host, credentials: new Credentials("robot$ci", "s3cret", "test"), access: "push" });
  console.log(await pushImage(client, "k8s-gitops/cluster-infra", img, ["sha-1", "main"]));
  console.log(await pushImage(client, "k8s-gitops/cluster-infra", img, ["sha-1", "main"]));
  const back = await pullImage(client, "k8s-gitops/cluster-infra", "main");
  console.log(back.digest === img.digest, [...artifactFiles(back).keys()]);
  console.log(reg.blobUploads(), reg.accessLog().length);
  console.log(execFileSync("skopeo", ["inspect", "--tls-verify=false", "--creds", "robot$ci:s3cret", "--raw", `docker://${reg.host}/k8s-gitops/cluster-infra:main`], {encoding: "utf8"}));
  writeLayout("/tmp/lay", img, ["infra"]);
  console.log(execFileSync("skopeo", ["inspect", "oci:/tmp/lay:infra"], {encoding: "utf8"}));
} finally { await reg.close(); }
