/**
 * Import uploads are sent as this type: neither a form nor a fetch without a CORS preflight
 * can send it cross-site, so the import route refuses everything else. Its own module, with no
 * imports: every client request goes through `requestJson`, which names it.
 */
export const OCTET_STREAM = "application/octet-stream";
