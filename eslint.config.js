import js from "@eslint/js";
import pluginVue from "eslint-plugin-vue";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/dist/**", "**/generated/**", "**/.turbo/**", "data/**", "**/screenshots/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs["flat/recommended"],
  {
    files: ["**/*.vue"],
    languageOptions: { parserOptions: { parser: tseslint.parser }, globals: globals.browser },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      // Prettier owns layout.
      "vue/max-attributes-per-line": "off",
      "vue/singleline-html-element-content-newline": "off",
      "vue/multiline-html-element-content-newline": "off",
      "vue/html-self-closing": "off",
      "vue/html-indent": "off",
      "vue/html-closing-bracket-newline": "off",
    },
  },
  // Type-aware: a promise nobody awaits loses its error (an unhandled rejection) and its ordering.
  {
    // TypeScript files only: the same check on .vue files (through vue-eslint-parser) found nothing more
    // and made a lint run four times slower.
    files: ["apps/*/src/**/*.ts", "apps/web/{e2e,bench,build,scripts}/**/*.ts", "packages/*/src/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { "@typescript-eslint/no-floating-promises": "error" },
  },
  // Boundaries (ARCHITECTURE.md): the engine has no I/O and no dependencies; the dashboard holds the API's type only.
  {
    files: ["packages/core/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^[^.]", message: "@thidua/core is pure: it imports only its own files." }] },
      ],
    },
  },
  // Routers import no router: what two routers share lives in the data layer (src/data) or beside it.
  {
    files: ["packages/api/src/routers/*/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./(?!\\.\\./)",
              message:
                "A router imports no other router: move what both need into src/data/ (or src/cells/, src/quarters/…).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/api/src/routers/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\./",
              message:
                "A router imports no other router: move what both need into src/data/ (or src/cells/, src/quarters/…).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/api/src/data/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "/routers(/|$)", message: "The data layer serves the routers; it imports none." }] },
      ],
    },
  },
  {
    files: ["apps/web/src/**/*.ts", "apps/web/src/**/*.vue"],
    ignores: ["**/*.test.ts", "apps/web/src/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@thidua/api", allowTypeImports: true, message: "The dashboard imports the API's type only." },
          ],
        },
      ],
    },
  },
);
