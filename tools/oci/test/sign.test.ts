import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COSIGN_SIGNATURE_ANNOTATION,
  COSIGN_SIMPLESIGNING,
  fluxVerify,
  loadSigningKey,
  packArtifact,
  pullImage,
  pushImage,
  RegistryClient,
  RegistryError,
  signatureTag,
  signatureLayers,
  type SigningKey,
} from "../src/index.ts";
import { sampleMeta, sampleTree, TestRegistry, toolGate } from "./support/index.ts";

// Interoperability of the signatures with an independent implementation: containers/image
// (Debian's skopeo) with a sigstoreSigned policy, against a real registry. Cosign itself is not
// packaged by Debian; skopeo reads the same format (sigstore attachments, simple signing).

const gate = toolGate("docker-registry", "skopeo", "openssl");

function keyPair(): { key: SigningKey; privatePem: string } {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const privatePem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return { key: loadSigningKey(privatePem), privatePem };
}

describe("signing keys", () => {
  it("accepts an unencrypted P-256 PEM and refuses other keys and cosign's encrypted format", () => {
    const { key } = keyPair();
    expect(key.publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => loadSigningKey(rsa)).toThrow(/not an ECDSA P-256 key/);
    expect(() => loadSigningKey("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nx\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n")).toThrow(/encrypted/);
    expect(() => loadSigningKey("not a key")).toThrow(/not a PEM private key/);
    expect(fluxVerify("cosign-pub")).toEqual({ provider: "cosign", secretRef: { name: "cosign-pub" } });
  });
});

describe.skipIf(gate.skip)("cosign signatures against a real registry, verified by skopeo", () => {
  let registry: TestRegistry;
  let client: RegistryClient;
  let work: string;
  const signer = keyPair();
  const other = keyPair();

  beforeAll(async () => {
    gate.check();
    registry = await TestRegistry.start();
    client = new RegistryClient({ registry: registry.host, access: "push", retry: { retries: 0 } });
    work = mkdtempSync(join(tmpdir(), "sign-"));
  });
  afterAll(async () => {
    await registry?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** skopeo copy under a policy that accepts only `publicPem`'s signatures for this registry. */
  function skopeoPull(reference: string, publicPem: string): { status: number | null; stderr: string } {
    const dir = mkdtempSync(join(work, "policy-"));
    writeFileSync(join(dir, "key.pub"), publicPem);
    writeFileSync(
      join(dir, "policy.json"),
      JSON.stringify({
        default: [{ type: "reject" }],
        transports: {
          docker: { [registry.host]: [{ type: "sigstoreSigned", keyPath: join(dir, "key.pub"), signedIdentity: { type: "matchRepository" } }] },
          oci: { "": [{ type: "insecureAcceptAnything" }] },
        },
      }),
    );
    writeFileSync(join(dir, "registries.yaml"), `docker:\n  ${registry.host}:\n    use-sigstore-attachments: true\n`);
    const r = spawnSync(
      "skopeo",
      ["copy", "--policy", join(dir, "policy.json"), "--registries.d", dir, "--src-tls-verify=false", "--remove-signatures", `docker://${registry.host}/${reference}`, `oci:${join(dir, "out")}:x`],
      { encoding: "utf8" },
    );
    return { status: r.status, stderr: r.stderr };
  }

  /**
   * Debian patches containers/image to refuse every sigstoreSigned requirement ("Debian-local
   * change: sigstore disabled"). With such a skopeo the policy half below cannot prove anything,
   * so the signatures are also checked by skopeo (reading them from the registry) and OpenSSL
   * (checking them), two implementations that share no code with ours.
   */
  const SIGSTORE_DISABLED = /sigstore disabled/;

  function opensslVerify(publicPem: string, payload: Uint8Array, signatureB64: string): string {
    const dir = mkdtempSync(join(work, "openssl-"));
    writeFileSync(join(dir, "key.pub"), publicPem);
    writeFileSync(join(dir, "payload"), payload);
    writeFileSync(join(dir, "sig.der"), Buffer.from(signatureB64, "base64"));
    const r = spawnSync("openssl", ["dgst", "-sha256", "-verify", join(dir, "key.pub"), "-signature", join(dir, "sig.der"), join(dir, "payload")], { encoding: "utf8" });
    return `${r.stdout}${r.stderr}`.trim();
  }

  /** The signature image as skopeo reads it from the registry: its manifest and payload blobs. */
  function skopeoSignature(reference: string): { manifest: { layers: { mediaType: string; digest: string; annotations?: Record<string, string> }[] }; blob: (digest: string) => Buffer } {
    const raw = spawnSync("skopeo", ["inspect", "--raw", "--tls-verify=false", `docker://${registry.host}/${reference}`], { encoding: "utf8" });
    expect(raw.status, raw.stderr).toBe(0);
    const dir = mkdtempSync(join(work, "sigcopy-"));
    const copy = spawnSync("skopeo", ["copy", "--src-tls-verify=false", "--insecure-policy", `docker://${registry.host}/${reference}`, `dir:${dir}`], { encoding: "utf8" });
    expect(copy.status, copy.stderr).toBe(0);
    return { manifest: JSON.parse(raw.stdout) as ReturnType<typeof skopeoSignature>["manifest"], blob: (d) => readFileSync(join(dir, d.replace(/^sha256:/, ""))) };
  }

  it("skopeo reads the cosign signature and OpenSSL verifies it; a sigstoreSigned policy accepts only the signed artifact", async () => {
    const signed = packArtifact(sampleTree({ seed: "signed" }), sampleMeta);
    const report = await pushImage(client, "sign/app", signed, ["main"], { sign: { key: signer.key, dockerReference: `${registry.host}/sign/app` } });
    expect(report.signature).toMatch(/^sha256:/);

    // cosign's format, read by skopeo: one simple-signing layer, its annotation the signature,
    // its blob the payload naming the artifact's digest and repository.
    const { manifest, blob } = skopeoSignature(`sign/app:${signatureTag(signed.digest)}`);
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([COSIGN_SIMPLESIGNING]);
    const layer = manifest.layers[0]!;
    const signature = layer.annotations?.[COSIGN_SIGNATURE_ANNOTATION] ?? "";
    const payload = blob(layer.digest);
    expect(JSON.parse(payload.toString("utf8"))).toEqual({
      critical: { identity: { "docker-reference": `${registry.host}/sign/app` }, image: { "docker-manifest-digest": signed.digest }, type: "cosign container image signature" },
      optional: null,
    });
    expect(opensslVerify(signer.key.publicPem, payload, signature)).toBe("Verified OK");
    expect(opensslVerify(other.key.publicPem, payload, signature)).toMatch(/Verification failure/);

    // Unsigned content under another tag, and the signed artifact re-tagged into another
    // repository with its signature: neither verifies for what it claims to be.
    await pushImage(client, "sign/app", packArtifact(sampleTree({ seed: "unsigned" }), sampleMeta), ["unsigned"]);
    await pushImage(client, "sign/elsewhere", signed, ["main"]);
    const sig = await pullImage(client, "sign/app", signatureTag(signed.digest));
    await pushImage(client, "sign/elsewhere", sig, [signatureTag(signed.digest)]);

    // What a verifier finds for those, read by skopeo: no signature at all for the unsigned
    // one, and for the re-tagged one a valid signature that names the other repository.
    const unsignedDigest = (await client.getManifest("sign/app", "unsigned")).digest;
    const noSig = spawnSync("skopeo", ["inspect", "--raw", "--tls-verify=false", `docker://${registry.host}/sign/app:${signatureTag(unsignedDigest)}`], { encoding: "utf8" });
    expect(noSig.status).not.toBe(0);
    expect(noSig.stderr).toMatch(/manifest unknown/i);
    const moved = skopeoSignature(`sign/elsewhere:${signatureTag(signed.digest)}`);
    const movedPayload = JSON.parse(moved.blob(moved.manifest.layers[0]!.digest).toString("utf8")) as { critical: { identity: { "docker-reference": string } } };
    expect(movedPayload.critical.identity["docker-reference"]).toBe(`${registry.host}/sign/app`);
    expect(movedPayload.critical.identity["docker-reference"]).not.toBe(`${registry.host}/sign/elsewhere`);

    const ok = skopeoPull("sign/app:main", signer.key.publicPem);
    const wrongKey = skopeoPull("sign/app:main", other.key.publicPem);
    const unsigned = skopeoPull("sign/app:unsigned", signer.key.publicPem);
    const retagged = skopeoPull("sign/elsewhere:main", signer.key.publicPem);
    for (const refused of [wrongKey, unsigned, retagged]) expect(refused.status).not.toBe(0);
    if (SIGSTORE_DISABLED.test(ok.stderr)) {
      process.stderr.write(`\nskopeo here is built without sigstore (${ok.stderr.trim()}): the policy half proves nothing on this machine; the signature was verified with OpenSSL above.\n`);
      expect(process.env.GITOPS_REQUIRE_SIGSTORE_SKOPEO).not.toBe("true");
    } else {
      expect(ok.stderr).toBe("");
      expect(ok.status).toBe(0);
      expect(wrongKey.stderr).toMatch(/signature/i);
      expect(unsigned.stderr).toMatch(/signature/i);
      expect(retagged.stderr).toMatch(/sign\/app|identity|reference/i);
    }
  });

  it("signs once per key, and refuses to move a tag off another key's artifact unless forced", async () => {
    const first = packArtifact(sampleTree({ seed: "owner-1" }), sampleMeta);
    const sign = (key: SigningKey) => ({ key, dockerReference: `${registry.host}/sign/owned` });
    await pushImage(client, "sign/owned", first, ["main"], { sign: sign(other.key) });
    const again = await pushImage(client, "sign/owned", first, ["main"], { sign: sign(other.key) });
    expect(signatureLayers(await pullImage(client, "sign/owned", signatureTag(first.digest)))).toHaveLength(1);
    expect(again.signature).toMatch(/^sha256:/);

    const second = packArtifact(sampleTree({ seed: "owner-2" }), sampleMeta);
    const err = await pushImage(client, "sign/owned", second, ["main"], { sign: sign(signer.key) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect(String(err)).toMatch(/tag main of .*sign\/owned names sha256:[0-9a-f]{64}, which is signed by another key.*--force/);
    expect((await client.getManifest("sign/owned", "main")).digest).toBe(first.digest);

    await pushImage(client, "sign/owned", second, ["main"], { sign: sign(signer.key), force: true });
    expect((await client.getManifest("sign/owned", "main")).digest).toBe(second.digest);
    // A second key signing the same digest keeps the first signature, as cosign appends.
    await pushImage(client, "sign/owned", second, ["main"], { sign: sign(other.key) });
    expect(signatureLayers(await pullImage(client, "sign/owned", signatureTag(second.digest)))).toHaveLength(2);
  });
});
