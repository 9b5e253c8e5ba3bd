import { codeKey } from "@thidua/core";
import { ZCode } from "../schemas";

/**
 * A unit or bloc code as stored: canonical (codeKey), so "lci-huyen " and "LCI-HUYEN" are one code
 * and the unique index on the column refuses the second.
 */
export const ZEntityCode = ZCode(32).transform(codeKey);
