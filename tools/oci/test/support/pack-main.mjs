// Packs a tree directory in a fresh process (node test/support/pack-main.mjs <tree> <layout>):
// the reproducibility tests run it with another cwd, TZ, locale and umask than the test's own.
import { register } from "tsx/esm/api";
register();
const { packTreeForTest } = await import("./pack-tree.ts");
process.stdout.write(`${JSON.stringify(packTreeForTest(process.argv[2], process.argv[3]))}\n`);
