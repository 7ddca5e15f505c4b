/** What reading a response body within a byte limit gave. */
export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false; tooBig: true };

/**
 * Reads a response body chunk by chunk, giving up past `maxBytes` (at once on a larger
 * `Content-Length`), so an endless body costs no more memory than that. Stops when `aborted`
 * settles, even where the fetch does not tie the body to its abort signal.
 */
export async function readLimitedBody(
  response: Response,
  maxBytes: number,
  aborted: Promise<never>,
): Promise<LimitedBody> {
  const declared = Number.parseInt(response.headers.get('content-length') ?? '', 10);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, tooBig: true };
  }
  if (!response.body) {
    const bytes = new Uint8Array(await Promise.race([response.arrayBuffer(), aborted]));
    return bytes.byteLength > maxBytes ? { ok: false, tooBig: true } : { ok: true, bytes };
  }

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, tooBig: true };
      }
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
