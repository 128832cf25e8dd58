import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { deployedManifest } from "../../manifests/deployed.ts";
import {
  generateManifests,
  MANIFEST_HOSTS,
  ManifestOptionsError,
  manifestProblems,
  type GeneratedManifests,
} from "../../manifests/generate.ts";
import {
  compareManifestVersions,
  formatManifestVersion,
  parseManifestVersion,
} from "../../manifests/version.ts";
import { UserError } from "../input.ts";
import { write, type CliIO } from "../io.ts";
import type { Messages } from "../messages.ts";

/**
 * `plume manifests --origin URL --out DIR`: writes the Word and Outlook manifests for a tenant's origin,
 * after validating both offline. Nothing is written when either is refused.
 */
export async function manifestsCommand(args: string[], io: CliIO, t: Messages): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      origin: { type: "string" },
      version: { type: "string" },
      "word-id": { type: "string" },
      "outlook-id": { type: "string" },
      out: { type: "string" },
    },
  });
  if (!values.origin) throw new UserError(t.manifestsOriginRequired);
  if (!values.out) throw new UserError(t.manifestsOutRequired);
  const out = values.out;

  let manifests: GeneratedManifests;
  try {
    manifests = generateManifests({
      origin: values.origin,
      version: values.version,
      ids: { word: values["word-id"], outlook: values["outlook-id"] },
    });
  } catch (error) {
    if (error instanceof ManifestOptionsError)
      throw new UserError(t.lang === "en" ? error.messageEn : error.message);
    throw error;
  }

  const checked = await manifestProblems(manifests).catch((error: Error) => {
    throw new UserError(t.manifestsCannotValidate(error.message));
  });
  const problems = checked.flatMap(({ manifest, problems }) =>
    problems.map(({ line, message }) => {
      const where = join(out, manifest.file) + (line === undefined ? "" : `:${line}`);
      return `${where}: ${message}`;
    })
  );
  if (problems.length > 0) {
    await write(io.stderr, [...problems, t.manifestsInvalid(problems.length)].join("\n") + "\n");
    return 1;
  }

  await refuseDowngrade(manifests, out, t);
  await mkdir(out, { recursive: true }).catch(() => {
    throw new UserError(t.manifestsCannotWrite(out));
  });
  for (const host of MANIFEST_HOSTS) {
    const { file, xml } = manifests[host];
    await writeFile(join(out, file), xml).catch(() => {
      throw new UserError(t.manifestsCannotWrite(join(out, file)));
    });
  }
  await write(
    io.stdout,
    t.manifestsWritten({
      origin: manifests.origin,
      version: manifests.version,
      files: MANIFEST_HOSTS.map((host) => ({
        host,
        path: join(out, manifests[host].file),
        id: manifests[host].id,
      })),
    }) + "\n"
  );
  return 0;
}

/**
 * Office offers an update only to a higher Version of the same Id: a release written over one of a
 * higher version would never reach anyone, so it is refused.
 */
async function refuseDowngrade(manifests: GeneratedManifests, out: string, t: Messages) {
  const version = parseManifestVersion(manifests.version);
  if (version === undefined) return;
  for (const host of MANIFEST_HOSTS) {
    const path = join(out, manifests[host].file);
    const deployed = await deployedManifest(path).catch(() => undefined);
    if (
      deployed?.id === manifests[host].id &&
      compareManifestVersions(version, deployed.version) < 0
    )
      throw new UserError(
        t.manifestsDowngrade(path, formatManifestVersion(deployed.version), manifests.version)
      );
  }
}
