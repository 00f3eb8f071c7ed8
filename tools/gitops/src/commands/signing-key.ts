import { SIGNING_ENV } from "../artifact-options.ts";
import { emitJson, type Command } from "../command.ts";
import { parseFlags, UsageError } from "../load.ts";

export const command: Command = {
  name: "signing-key",
  summary: "print the public key of the signing key, and the Flux verify block that trusts it",
  help: `Usage: gitops signing-key [--signing-key FILE] [--secret NAME] [--json]

Prints the public half (cosign.pub, SPKI PEM) of the key gitops push signs with, and what a
cluster needs to accept only artifacts signed with it: the OCIRepository's spec.verify block and
the Secret it names (Flux reads every key ending in .pub). The private key never leaves.

Options:
  --signing-key FILE   the private key (default: $${SIGNING_ENV.key}, the PEM itself, or
                       $${SIGNING_ENV.keyFile}, a file)
  --secret NAME        the Secret's name (default flux-system-cosign)
  --json               { publicKey, verify, secretData } as JSON

Exit codes: 0 printed, 2 no key or not an ECDSA P-256 key.
`,
  async run(argv) {
    const { flags, positionals } = parseFlags(argv, { "signing-key": "string", secret: "string", json: "boolean" });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const [{ fluxVerify, fluxVerifySecretData }, { signingKey }] = await Promise.all([import("@k8s-gitops/oci"), import("../registry.ts")]);
    const key = signingKey(flags);
    const name = typeof flags.secret === "string" ? flags.secret : "flux-system-cosign";
    const verify = fluxVerify(name);
    const secretData = fluxVerifySecretData(key.publicPem);
    if (flags.json) {
      emitJson({ publicKey: key.publicPem, verify, secretData });
      return 0;
    }
    const indented = key.publicPem.trim().split("\n").map((l) => `    ${l}`).join("\n");
    process.stdout.write(`${key.publicPem.trim()}

# OCIRepository spec:
verify:
  provider: ${verify.provider}
  secretRef:
    name: ${verify.secretRef.name}

# The Secret it names (namespace of the OCIRepository):
stringData:
  cosign.pub: |
${indented}
`);
    return 0;
  },
};
