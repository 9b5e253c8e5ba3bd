import type { GlobalThemeOverrides } from "naive-ui";

/**
 * Deep red and gold, the colours of emulation certificates; large type and strong contrast so
 * tables stay readable on a meeting-room projector.
 */
export const themeOverrides: GlobalThemeOverrides = {
  common: {
    primaryColor: "#b91c1c",
    primaryColorHover: "#dc2626",
    primaryColorPressed: "#991b1b",
    primaryColorSuppl: "#dc2626",
    fontSize: "15px",
    fontSizeMedium: "15px",
    borderRadius: "6px",
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  },
  DataTable: { thFontWeight: "600" },
};
