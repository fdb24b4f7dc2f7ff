import "server-only";

/**
 * A request body's bytes, or null as soon as it passes `maxBytes` (a declared Content-Length
 * over the limit is refused before anything is read). Uploads have their own limit, larger
 * than the JSON routes' one, and are never buffered past it.
 */
export async function readUploadBytes(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
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
  return Buffer.concat(chunks);
}
