import { OCTET_STREAM } from "@/lib/schemas/interop";
import { failureResponse, toJsonResponse, withSignedIn } from "@/lib/server/http/json-route";
import { importIntoSet, uploadLimit } from "@/lib/server/interop/import-into-set";
import { readUploadBytes } from "@/lib/server/interop/read-upload";
import { fail } from "@/lib/server/service-result";

/**
 * Imports the request body (the file) into one of the instructor's sets:
 * ?format=gift|moodle-xml into a quiz set, ?format=tsv|csv|apkg into a flashcard set. Its own
 * size limit (the JSON routes' one is smaller): the body is not read past the format's
 * `uploadLimit`.
 */
export const POST = withSignedIn<{ setId: string }>(async (user, request, { setId }) => {
  // A cross-site form can post text/plain; only our own pages send this type (see requestJson).
  if (request.headers.get("content-type") !== OCTET_STREAM)
    return failureResponse(fail("bad_request", `Send the file as ${OCTET_STREAM}.`));
  const format = new URL(request.url).searchParams.get("format");
  const body = await readUploadBytes(request, uploadLimit(format));
  if (body === null) {
    // Over every limit: refused without reading further (the service names the set's limit).
    const result = await importIntoSet(user, setId, format, null);
    return failureResponse(result.ok ? fail("too_large", "The file is too large.") : result);
  }
  return toJsonResponse(await importIntoSet(user, setId, format, body), 201);
});
