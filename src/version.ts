// Version and commit; `npm run build` defines GATEWAYMETRIC_COMMIT, a source run reports "source".
import pkg from "../package.json" with { type: "json" };

declare const GATEWAYMETRIC_COMMIT: string | undefined;

export const VERSION: string = pkg.version;
export const COMMIT: string = typeof GATEWAYMETRIC_COMMIT === "string" ? GATEWAYMETRIC_COMMIT : "source";
