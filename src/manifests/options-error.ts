/** What was wrong with the options of a manifest generation, in French and in English. */
export interface Reason {
  fr: string;
  en: string;
}

/**
 * The origin, version or id given to the generator cannot make a manifest Office accepts. Like the
 * gateway's ConfigError, `message` is French and `messageEn` English, each ready to print as it is.
 */
export class ManifestOptionsError extends Error {
  override readonly name = "ManifestOptionsError";
  readonly messageEn: string;

  constructor(reason: Reason) {
    super(reason.fr);
    this.messageEn = reason.en;
  }
}

const EXAMPLE = "https://plume.exemple.gouv.fr";

export const reasons = {
  notAnOrigin: (value: string): Reason => ({
    fr: `Origine « ${value} » illisible : écrivez https://hôte ou https://hôte:port, par exemple ${EXAMPLE}.`,
    en: `Origin "${value}" cannot be read: write https://host or https://host:port, e.g. ${EXAMPLE}.`,
  }),
  notHttps: (value: string, protocol: string): Reason => ({
    fr: `Origine « ${value} » : Office ne charge un complément qu'en https, pas en ${protocol}. Servez la passerelle en https (PLUME_TLS_CERT et PLUME_TLS_KEY, ou derrière un proxy TLS) et donnez son adresse https.`,
    en: `Origin "${value}": Office loads an add-in over https only, not ${protocol}. Serve the gateway over https (PLUME_TLS_CERT and PLUME_TLS_KEY, or behind a TLS proxy) and give its https address.`,
  }),
  notBare: (value: string, origin: string): Reason => ({
    fr: `Origine « ${value} » : une origine seule est attendue, sans chemin, paramètre, ancre ni identifiants, car la passerelle sert le complément à sa racine : ${origin}.`,
    en: `Origin "${value}": a bare origin is expected, with no path, query, fragment or credentials, since the gateway serves the add-in at its root: ${origin}.`,
  }),
  badHost: (value: string): Reason => ({
    fr: `Origine « ${value} » : le nom d'hôte n'est pas un nom DNS valide (libellés de 63 caractères au plus, lettres, chiffres et tirets, 253 caractères en tout) ni une adresse IP.`,
    en: `Origin "${value}": the host name is neither a valid DNS name (labels of at most 63 letters, digits and hyphens, 253 characters in all) nor an IP address.`,
  }),
  badVersion: (value: string): Reason => ({
    fr: `Version « ${value} » : quatre nombres séparés par des points sont attendus (X.Y.Z.W, chacun de 0 à 99999), par exemple 1.2.0.0 ; Office la compare à la version installée pour proposer la mise à jour.`,
    en: `Version "${value}": four numbers separated by dots are expected (X.Y.Z.W, each from 0 to 99999), e.g. 1.2.0.0; Office compares it with the installed version to offer the update.`,
  }),
  badRelease: (value: string): Reason => ({
    fr: `La version de Plume dans package.json (« ${value} ») n'a pas la forme X.Y.Z dont se déduit la version du manifeste : indiquez-la (--version X.Y.Z.W).`,
    en: `Plume's version in package.json ("${value}") is not of the X.Y.Z form the manifest version is derived from: give it (--version X.Y.Z.W).`,
  }),
  badId: (host: string, value: string): Reason => ({
    fr: `Id du complément ${host} « ${value} » : un GUID est attendu, xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx en chiffres hexadécimaux, celui d'un manifeste déjà déployé.`,
    en: `Id of the ${host} add-in "${value}": a GUID is expected, xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx in hexadecimal digits, the one of a manifest already deployed.`,
  }),
};
