// A deterministic ustar writer and a reader for what Flux, GNU tar and Go's archive/tar write.
// The writer fixes everything a tar header can leak about the machine (mtime, uid/gid, user and
// group names, mode, entry order), so the same files give the same bytes anywhere.

const BLOCK = 512;
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { fatal: true });

export class TarError extends Error {
  override name = "TarError";
}

/** A relative, normalised path: no leading "/", no "." or ".." segment, no backslash. */
export function checkEntryPath(path: string): void {
  const segments = path.split("/");
  if (path === "" || path.startsWith("/") || path.includes("\\") || segments.some((s) => s === "" || s === "." || s === "..")) {
    throw new TarError(`"${path}" is not a clean relative path inside the artifact`);
  }
}

function octal(value: number, width: number): string {
  // width-1 octal digits and a NUL, as ustar and every reader expect.
  const s = value.toString(8);
  if (s.length > width - 1) throw new TarError(`value ${value} does not fit a ${width}-byte tar field`);
  return `${s.padStart(width - 1, "0")}\0`;
}

/** Splits a path into ustar's name (<=100 bytes) and prefix (<=155 bytes) at a "/". */
function splitName(path: string): { name: string; prefix: string } {
  if (enc.encode(path).length <= 100) return { name: path, prefix: "" };
  for (let i = path.indexOf("/"); i >= 0; i = path.indexOf("/", i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (enc.encode(prefix).length <= 155 && enc.encode(name).length <= 100 && name !== "") return { name, prefix };
  }
  throw new TarError(`path "${path}" is too long for a ustar header (100 bytes of name, 155 of prefix)`);
}

function header(path: string, type: "0" | "5", size: number): Uint8Array {
  const h = new Uint8Array(BLOCK);
  const put = (offset: number, value: string): void => {
    h.set(enc.encode(value), offset);
  };
  const { name, prefix } = splitName(path);
  put(0, name);
  put(100, octal(type === "5" ? DIR_MODE : FILE_MODE, 8));
  put(108, octal(0, 8)); // uid
  put(116, octal(0, 8)); // gid
  put(124, octal(size, 12));
  put(136, octal(0, 12)); // mtime: the epoch, never the clock
  put(148, "        "); // checksum placeholder: counted as spaces
  put(156, type);
  put(257, "ustar\0");
  put(263, "00");
  put(345, prefix);
  const sum = h.reduce((a, b) => a + b, 0);
  put(148, `${sum.toString(8).padStart(6, "0")}\0 `);
  return h;
}

function parentDirs(path: string): string[] {
  const parts = path.split("/");
  return parts.slice(0, -1).map((_, i) => `${parts.slice(0, i + 1).join("/")}/`);
}

/**
 * A tar archive of `files` (relative path -> content). Entries are sorted by path (byte order),
 * each folder gets its own entry before its contents, and every header carries mtime 0, uid/gid
 * 0, no user or group name, and mode 0644 (files) or 0755 (folders).
 */
export function writeTar(files: ReadonlyMap<string, Uint8Array | string>): Uint8Array {
  const entries = new Map<string, Uint8Array | null>();
  for (const [path, content] of files) {
    checkEntryPath(path);
    for (const dir of parentDirs(path)) entries.set(dir, null);
    entries.set(path, typeof content === "string" ? enc.encode(content) : content);
  }
  const sorted = [...entries.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const chunks: Uint8Array[] = [];
  for (const path of sorted) {
    const content = entries.get(path);
    if (content === null || content === undefined) {
      chunks.push(header(path, "5", 0));
      continue;
    }
    chunks.push(header(path, "0", content.length), content);
    const pad = (BLOCK - (content.length % BLOCK)) % BLOCK;
    if (pad) chunks.push(new Uint8Array(pad));
  }
  chunks.push(new Uint8Array(BLOCK * 2));
  return Buffer.concat(chunks);
}

function field(h: Uint8Array, offset: number, length: number): string {
  const raw = h.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return dec.decode(end < 0 ? raw : raw.subarray(0, end));
}

function numeric(h: Uint8Array, offset: number, length: number, what: string): number {
  const text = field(h, offset, length).trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarError(`corrupt tar header: ${what} "${text}" is not octal`);
  return parseInt(text, 8);
}

function paxPath(records: Uint8Array): string | undefined {
  // Records are "<length> <key>=<value>\n", length in bytes including itself.
  const buf = Buffer.from(records);
  let path: string | undefined;
  for (let pos = 0; pos < buf.length && buf[pos] !== 0; ) {
    const space = buf.indexOf(0x20, pos);
    const len = space < 0 ? NaN : Number(buf.subarray(pos, space).toString("ascii"));
    if (!Number.isInteger(len) || len <= space - pos || pos + len > buf.length) throw new TarError("corrupt PAX extended header");
    const record = buf.subarray(space + 1, pos + len - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (record.slice(0, eq) === "path") path = record.slice(eq + 1);
    pos += len;
  }
  return path;
}

/**
 * The regular files of a tar archive (path -> content), with leading "./" removed. Folders are
 * implied by the paths; links and devices are refused, as Flux refuses them in an artifact.
 */
export function readTar(tar: Uint8Array, maxFiles = Number.POSITIVE_INFINITY): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const h = tar.subarray(offset, offset + BLOCK);
    if (h.every((b) => b === 0)) break;
    const stored = numeric(h, 148, 8, "checksum");
    const computed = h.reduce((a, b, i) => a + (i >= 148 && i < 156 ? 32 : b), 0);
    if (stored !== computed) throw new TarError(`corrupt tar header at byte ${offset}: checksum mismatch`);
    const size = numeric(h, 124, 12, "size");
    const type = String.fromCharCode(h[156] ?? 0);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length < size) throw new TarError(`truncated tar archive: entry at byte ${offset} wants ${size} bytes`);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") {
      longName = paxPath(body) ?? longName;
      continue;
    }
    if (type === "L") {
      longName = field(body, 0, body.length);
      continue;
    }
    if (type === "g") continue;
    const prefix = field(h, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100));
    longName = undefined;
    const path = name.replace(/^(\.\/)+/, "").replace(/\/$/, "");
    if (type === "5" || path === "" || path === ".") continue;
    if (type !== "0" && type !== "\0" && type !== "7") throw new TarError(`"${path}": tar entry type "${type}" (link or device) is not allowed in an artifact`);
    checkEntryPath(path);
    files.set(path, body.slice());
    if (files.size > maxFiles) throw new TarError(`more than ${maxFiles} files (the limit, --max-files): refusing to read further (last: "${path}")`);
  }
  return files;
}
