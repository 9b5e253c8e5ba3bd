import { z } from "zod";
import { ZId, ZQuarter, ZText, ZYear } from "../../schemas";

export const ZQuarterRef = z.object({ blocId: ZId, year: ZYear, quarter: ZQuarter });
export const ZUnitSheetRef = ZQuarterRef.extend({ unitId: ZId });
export const ZReturnInput = ZUnitSheetRef.extend({ remarks: ZText(2000).pipe(z.string().min(1)) });
