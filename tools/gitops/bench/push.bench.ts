// Benchmark: pushing both clusters' artifacts to a real registry (Debian's docker-registry on
// 127.0.0.1), cold (new repositories) and again unchanged. Blob uploads are counted from the
// registry's own access log (completed PUT .../blobs/uploads/ -> 201, and upload sessions
// opened by POST), not from this client's report.
//
//   ./dev pnpm --filter @k8s-gitops/cli bench:push        BENCH_RUNS=9 for more runs
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { render } from "@k8s-gitops/core";
import { pushImage, RegistryClient, type Image } from "@k8s-gitops/oci";
import { TestRegistry } from "@k8s-gitops/oci/test-support";
import { packCluster } from "../src/artifact.ts";
import { loadClusterPackage } from "../src/load.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const SOURCE = { source: "https://github.com/monosense-io/k8s-gitops", branch: "main", commit: "4b825dc642cb6eb9a060e54bf8d69288fbee4904", created: "2025-06-01T00:00:00Z", dirty: false, versioned: true };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const artifacts: { name: string; image: Image; packMs: number[] }[] = [];
for (const name of ["infra", "apps"]) {
  const pkg = await loadClusterPackage(join(ROOT, "clusters", name));
  const packMs: number[] = [];
  let image: Image | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    image = packCluster(pkg, render(pkg.cluster), SOURCE);
    packMs.push(performance.now() - t);
  }
  artifacts.push({ name, image: image!, packMs });
}

const registry = await TestRegistry.start();
const client = new RegistryClient({ registry: registry.host, access: "push" });
const cold: number[] = [];
const warm: number[] = [];
const coldUploads: number[] = [];
const warmUploads: number[] = [];
const warmSessions: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const pushAll = async (): Promise<number> => {
      const t = performance.now();
      for (const a of artifacts) await pushImage(client, `bench/run-${run}/cluster-${a.name}`, a.image, [`sha-${SOURCE.commit}`, "main"]);
      return performance.now() - t;
    };
    await registry.settled();
    const before = registry.blobUploads();
    cold.push(await pushAll());
    await registry.settled();
    const afterCold = { puts: registry.blobUploads(), posts: registry.uploadStarts() };
    coldUploads.push(afterCold.puts - before);
    warm.push(await pushAll());
    await registry.settled();
    warmUploads.push(registry.blobUploads() - afterCold.puts);
    warmSessions.push(registry.uploadStarts() - afterCold.posts);
  }
} finally {
  await registry.close();
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
const sizes = artifacts.map((a) => `${a.name} ${(a.image.manifest.layers[0]!.size / 1024).toFixed(1)} KiB`).join(", ");
process.stdout.write(`push benchmark: both clusters (${sizes}), docker-registry ${registry.host}, ${RUNS} runs, medians
  pack (render + tar + gzip), per cluster   ${artifacts.map((a) => `${a.name} ${fmt(median(a.packMs))}`).join(", ")}
  cold push, both clusters                  ${fmt(median(cold))}   blobs uploaded (registry log): ${median(coldUploads)}
  unchanged push, both clusters             ${fmt(median(warm))}   blobs uploaded (registry log): ${median(warmUploads)}, upload sessions opened: ${median(warmSessions)}
`);
if (Math.max(...warmUploads, ...warmSessions) !== 0) {
  process.stderr.write("bench: an unchanged push uploaded blobs: the HEAD check is broken\n");
  process.exitCode = 1;
}
