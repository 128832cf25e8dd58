import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

/** office-addin-lint's own configuration, with the one rule TypeScript does better. */
export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    // TypeScript reports undefined names itself, knowing which globals each environment has.
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "no-undef": "off" },
  },
];
