// Input schema for "Optimise now" (browser -> server; untrusted). The run reads only the
// caller's own review logs, so it takes no options: any field sent is refused.
import { z } from "zod";

export const optimiseFsrsSchema = z.strictObject({});
