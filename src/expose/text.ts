// Prometheus text exposition format 0.0.4 (see render.ts for both formats).
import type { Registry } from "../store/registry.ts";
import { render } from "./render.ts";

export { TEXT_CONTENT_TYPE } from "./render.ts";

/** Renders every family; the result is a copy the caller owns. */
export function renderText(reg: Registry): Uint8Array {
  return render(reg, "text");
}
