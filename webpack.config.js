// The add-in's build, in the yo office shape: a taskpane entry and a commands entry, one HTML page
// each, the manifests and icons copied beside them with the development origin rewritten for
// production. esbuild-loader compiles TypeScript (type checking is `npm run typecheck`'s job).
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = dirname(fileURLToPath(import.meta.url));
const urlDev = "https://localhost:3000/";

/** The origin the add-in is served from in production (PLUME_ORIGIN), with a final slash. */
function productionUrl() {
  const origin = process.env.PLUME_ORIGIN ?? "https://localhost:3000";
  return new URL(origin).origin + "/";
}

/**
 * Brotli and gzip copies of the text files beside them, made once at build time at the highest
 * levels: the gateway serves them to browsers that accept them (a third of the bytes of a cold pane).
 */
class PrecompressPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PrecompressPlugin", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER;
      compilation.hooks.processAssets.tap({ name: "PrecompressPlugin", stage }, (assets) => {
        for (const [name, source] of Object.entries(assets)) {
          if (!/\.(js|html|css|svg|xml)$/.test(name)) continue;
          const bytes = source.buffer();
          if (bytes.length < 1024) continue;
          const brotli = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };
          compilation.emitAsset(
            `${name}.br`,
            new sources.RawSource(brotliCompressSync(bytes, brotli))
          );
          compilation.emitAsset(`${name}.gz`, new sources.RawSource(gzipSync(bytes, { level: 9 })));
        }
      });
    });
  }
}

export default (_env, argv) => {
  const dev = argv.mode !== "production";
  const urlProd = productionUrl();
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      browser: "./src/hosts/browser/harness/index.ts",
    },
    output: {
      path: resolve(root, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      alias: {
        // The Mistral SDK loads OpenTelemetry only if present; the pane never traces.
        "@opentelemetry/api": false,
        "@opentelemetry/semantic-conventions/incubating": false,
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // One pane, two pages: in Office with Office.js from Microsoft's CDN, in the browser host without.
      ...[
        { filename: "taskpane.html", officeJs: true },
        { filename: "browser-taskpane.html", officeJs: false },
      ].map(
        ({ filename, officeJs }) =>
          new HtmlWebpackPlugin({
            filename,
            officeJs,
            template: "./src/taskpane/taskpane.html",
            chunks: ["taskpane"],
          })
      ),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/support/support.html",
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: "browser.html",
        template: "./src/hosts/browser/harness/browser.html",
        chunks: ["browser"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...["manifest.xml", "addin/manifest.xml"].map((from) => ({
            from,
            to: from === "manifest.xml" ? "manifest-word.xml" : "manifest-outlook.xml",
            transform: (content) =>
              dev ? content : content.toString().replaceAll(urlDev, urlProd),
          })),
        ],
      }),
      ...(dev ? [] : [new PrecompressPlugin()]),
    ],
  };
};
