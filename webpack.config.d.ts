import type { Configuration } from "webpack";

/** The add-in's build (webpack.config.js), for the TypeScript that drives it (the end-to-end build). */
declare function makeConfig(env: unknown, argv: { mode?: string }): Configuration;
export default makeConfig;
