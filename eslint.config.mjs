import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

/** The TypeScript plugin office-addins' configuration brings: the same object, so it can be reused. */
const typescriptPlugin = officeAddins.configs.recommended.find(
  (config) => config.plugins?.["@typescript-eslint"]
)?.plugins["@typescript-eslint"];

/** office-addin-lint's own configuration, with the rules TypeScript does better. */
export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    // TypeScript reports undefined names itself, knowing which globals each environment has, and
    // its own unused-variable rule understands parameter names in function types.
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "@typescript-eslint": typescriptPlugin },
    rules: {
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
    },
  },
  {
    files: ["*.config.js"],
    languageOptions: { globals: globals.node },
  },
];
