import "server-only";

/**
 * A request body as UTF-8 text, or null as soon as it passes `maxBytes` (a declared
 * Content-Length over the limit is refused before anything is read). Uploads have their own
 * limit, larger than the JSON routes' one, and are never buffered past it.
 */
export async function readUploadText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
