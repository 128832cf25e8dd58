/** What the CLI says to people, in French first and in English when the locale asks for it. */

import { basename, join } from "node:path";
import type { ManifestHost } from "../manifests/generate.ts";

interface ServingInfo {
  url: string;
  config: string | null;
  models: readonly string[];
  /** The upstream's URL, "demo" for the local demonstration model, null when none. */
  upstream: string | null;
  auth: readonly string[];
  /** The built add-in's pages, or null when it is not built. */
  addin: { browser: string; manifests: string[] } | null;
}

/** What `plume manifests` wrote. */
interface WrittenManifests {
  origin: string;
  version: string;
  files: readonly { host: ManifestHost; path: string; id: string }[];
}

/** The environment variables naming the gateway's TLS files. */
export type TlsVariable = "PLUME_TLS_CERT" | "PLUME_TLS_KEY";

/** Where SQLite keeps the rest of an audit file, beside it. */
const walFiles = (path: string) => `${basename(path)}-wal, ${basename(path)}-shm`;

const fr = {
  lang: "fr" as "fr" | "en",
  usage: `Usage : plume <commande> [options]

Commandes :
  detect FICHIER|-        liste les données personnelles trouvées
  detect --jsonl          lit des lignes {"id","text"} sur l'entrée standard, écrit {"id","entities"}
  redact FICHIER|-        écrit le texte pseudonymisé ; --vault FICHIER enregistre la correspondance
  restore FICHIER|- --vault FICHIER
                          remet les valeurs d'origine dans un texte pseudonymisé
  eval                    mesure le moteur sur les corpus annotés
  serve [--config FICHIER] [--dev]
                          démarre la passerelle (plume.config.json, ou PLUME_CONFIG)
  stop                    arrête la passerelle lancée par npm start
  audit verify [--db FICHIER] [--anchor N:EMPREINTE]…
                          vérifie la chaîne d'empreintes du journal d'audit, et les têtes notées plus tôt
  audit export --format csv|jsonl [--since DATE] [--db FICHIER]
                          exporte le journal d'audit (sans contenu)
  manifests --origin https://HÔTE --out DOSSIER [--version X.Y.Z.W]
                          écrit les manifestes Word et Outlook de cette origine, validés hors ligne

Options de detect et redact :
  --always-mask TERME     masquer ce terme partout (répétable)
  --never-mask TERME      ne jamais masquer ce terme (répétable)
  --min-score N           seuil de confiance (0 à 1, défaut 0,5)
  --json                  sortie JSON (detect)
  --lang fr|en            langue des messages

Options de manifests :
  --version X.Y.Z.W       version des manifestes (défaut : celle de Plume, X.Y.Z.0)
  --word-id GUID, --outlook-id GUID
                          garder l'Id de compléments déjà déployés depuis une autre origine`,
  unknownCommand: (name: string) => `Commande inconnue : « ${name} ». Tapez « plume --help ».`,
  missingInput: "Indiquez un fichier à lire, ou « - » pour l'entrée standard.",
  notFound: (path: string) => `Fichier introuvable : ${path}`,
  notAFile: (path: string) => `Ce n'est pas un fichier lisible : ${path}`,
  binary: (path: string) =>
    `${path} semble être un fichier binaire, pas du texte : rien n'a été traité.`,
  invalidUtf8: (path: string) =>
    `${path} n'est pas du texte UTF-8 valide : enregistrez-le en UTF-8 puis recommencez.`,
  tooLarge: (path: string, mb: number) =>
    `${path} dépasse ${mb} Mo : découpez-le avant de le traiter.`,
  vaultRequired:
    "Indiquez le coffre de correspondance avec --vault FICHIER (écrit par « plume redact --vault »).",
  vaultInvalid: (path: string) => `${path} n'est pas un coffre Plume valide.`,
  badOption: (detail: string) => `Option invalide : ${detail}`,
  badScore: "--min-score attend un nombre entre 0 et 1.",
  jsonlBadLine: (line: number) =>
    `ligne ${line} : JSON invalide, ou « text » absent ou non textuel`,
  unknownPlaceholders: (list: string) =>
    `Balises inconnues du coffre, laissées telles quelles : ${list}`,
  vaultWritten: (path: string, count: number) =>
    `Coffre écrit dans ${path} (${count} correspondances). Gardez-le sur ce poste.`,
  corpusMissing: (path: string) => `Corpus introuvable (${path}) : il est ignoré.`,
  internal: "Erreur inattendue : rien n'a été écrit. Relancez avec PLUME_DEBUG=1 pour le détail.",
  serving: (info: ServingInfo) =>
    [
      `Passerelle Plume à l'écoute sur ${info.url}`,
      `  configuration : ${info.config ?? "valeurs par défaut (aucun plume.config.json)"}`,
      `  modèles autorisés : ${info.models.length ? info.models.join(", ") : "aucun (policy.models.allowed)"}`,
      `  Mistral : ${info.upstream === "demo" ? "aucune clé : un modèle de démonstration local répond (il renvoie le début du texte reçu) ; renseignez MISTRAL_API_KEY pour un vrai modèle" : (info.upstream ?? "non configuré : renseignez MISTRAL_API_KEY ; les appels au modèle répondront 503")}`,
      `  identification : ${info.auth.length ? info.auth.join(" + ") : "aucune"}`,
      ...(info.addin
        ? [
            `Plume sans Office, dans le navigateur : ${info.addin.browser}`,
            `Manifestes à charger dans Word et Outlook : ${info.addin.manifests.join(" ")}`,
          ]
        : ["Complément non construit (npm run build) : seule l'API est servie."]),
      "Ctrl+C pour arrêter.",
    ].join("\n"),
  tlsNotFound: (variable: TlsVariable, path: string) =>
    `Démarrage impossible : ${path} (${variable}) est introuvable : indiquez le chemin d'un fichier PEM existant.`,
  tlsIsDirectory: (variable: TlsVariable, path: string) =>
    `Démarrage impossible : ${path} (${variable}) est un dossier : indiquez le fichier PEM lui-même.`,
  tlsUnreadable: (variable: TlsVariable, path: string) =>
    `Démarrage impossible : ${path} (${variable}) ne peut pas être lu : donnez au compte qui lance la passerelle le droit de le lire.`,
  tlsSwapped: (cert: string, key: string) =>
    `Démarrage impossible : PLUME_TLS_CERT (${cert}) contient une clé privée et PLUME_TLS_KEY (${key}) un certificat : échangez les deux chemins.`,
  tlsCertIsKey: (path: string) =>
    `Démarrage impossible : PLUME_TLS_CERT (${path}) contient une clé privée, pas un certificat : indiquez le certificat du serveur, au format PEM.`,
  tlsNotCertificate: (path: string) =>
    `Démarrage impossible : PLUME_TLS_CERT (${path}) n'est pas un certificat au format PEM (-----BEGIN CERTIFICATE-----) : indiquez le certificat du serveur, converti en PEM s'il le faut (openssl x509 -inform der).`,
  tlsKeyIsCertificate: (path: string) =>
    `Démarrage impossible : PLUME_TLS_KEY (${path}) contient un certificat, pas une clé privée : indiquez la clé privée du certificat, au format PEM.`,
  tlsNotKey: (path: string) =>
    `Démarrage impossible : PLUME_TLS_KEY (${path}) n'est pas une clé privée au format PEM (-----BEGIN PRIVATE KEY-----) : indiquez la clé privée du certificat.`,
  tlsKeyEncrypted: (path: string) =>
    `Démarrage impossible : la clé PLUME_TLS_KEY (${path}) est protégée par une phrase de passe, que la passerelle ne peut pas saisir : indiquez-en une copie non chiffrée (openssl pkey), lisible par ce seul compte.`,
  tlsMismatch: (cert: string, key: string) =>
    `Démarrage impossible : la clé PLUME_TLS_KEY (${key}) n'est pas celle du certificat PLUME_TLS_CERT (${cert}) : indiquez la clé privée de ce certificat.`,
  tlsRefused: (cert: string, key: string, detail: string) =>
    `Démarrage impossible : OpenSSL refuse le certificat PLUME_TLS_CERT (${cert}) et sa clé PLUME_TLS_KEY (${key}) (${detail}) : vérifiez-les avec openssl x509 et openssl pkey.`,
  portInUse: (host: string, port: number) =>
    `Démarrage impossible : le port ${port} est déjà pris sur ${host}, peut-être par une autre passerelle : arrêtez le programme qui l'occupe, ou choisissez un autre port (PORT ou server.port).`,
  portDenied: (host: string, port: number) =>
    `Démarrage impossible : le système refuse d'ouvrir le port ${port} sur ${host} (en dessous de 1024, les ports sont réservés à l'administrateur) : choisissez un port à partir de 1024 (PORT ou server.port).`,
  hostNotLocal: (host: string) =>
    `Démarrage impossible : ${host} n'est pas une adresse de cette machine : indiquez l'une des siennes, 127.0.0.1, ou 0.0.0.0 pour toutes (HOST ou server.host).`,
  hostUnknown: (host: string) =>
    `Démarrage impossible : le nom « ${host} » ne donne aucune adresse : indiquez une adresse IP de cette machine, ou 127.0.0.1 (HOST ou server.host).`,
  auditNoDirectory: (path: string, dir: string) =>
    `Démarrage impossible : le dossier ${dir} du journal d'audit ${path} n'existe pas : créez-le, ou indiquez un autre chemin (audit.path ou PLUME_AUDIT_DB).`,
  auditIsDirectory: (path: string) =>
    `Démarrage impossible : le journal d'audit ${path} est un dossier : indiquez un fichier (audit.path ou PLUME_AUDIT_DB), par exemple ${join(path, "plume-audit.db")}.`,
  auditNotWritable: (path: string) =>
    `Démarrage impossible : le journal d'audit ${path} ne peut pas être écrit : donnez au compte qui lance la passerelle le droit d'écrire ce fichier et son dossier (SQLite y crée ${walFiles(path)}), ou indiquez un autre chemin (audit.path ou PLUME_AUDIT_DB).`,
  auditNotAudit: (path: string) =>
    `Démarrage impossible : ${path} n'est pas un journal d'audit Plume, et n'a pas été modifié : indiquez le chemin du journal, ou d'un fichier à créer (audit.path ou PLUME_AUDIT_DB).`,
  stopping: "Arrêt : les réponses en cours se terminent…",
  stopped: (pid: number) => `Passerelle de développement (processus ${pid}) en cours d'arrêt.`,
  notRunning: "Aucune passerelle de développement ne tourne depuis ce dossier.",
  devToken: (token: string) =>
    `Jeton de développement de cette session (PLUME_DEV_TOKEN, accepté sur cette machine seulement) : ${token}`,
  untrustedDevCertificates: (ca: string) =>
    `Certificats de développement créés, mais leur autorité n'a pas pu être approuvée par le système : approuvez ${ca} pour que le navigateur et Office acceptent https://localhost.`,
  manifestsOriginRequired:
    "Indiquez l'origine https de la passerelle : --origin https://plume.exemple.gouv.fr.",
  manifestsOutRequired: "Indiquez le dossier où écrire les manifestes : --out DOSSIER.",
  manifestsCannotValidate: (reason: string) =>
    `Manifestes non écrits : la validation hors ligne n'a pas pu se faire. ${reason}`,
  manifestsInvalid: (count: number) =>
    `Manifestes non écrits : ${count === 1 ? "1 problème" : `${count} problèmes`} relevé${count === 1 ? "" : "s"} par la validation hors ligne.`,
  manifestsDowngrade: (path: string, deployed: string, version: string) =>
    `${path} est en version ${deployed} : la version ${version} lui est inférieure et Office ne proposerait pas la mise à jour. Indiquez une version supérieure (--version).`,
  manifestsCannotWrite: (path: string) =>
    `Impossible d'écrire ${path} : vérifiez que le dossier existe ou peut être créé, et les droits d'écriture.`,
  manifestsWritten: (written: WrittenManifests) =>
    [
      `Manifestes Plume pour ${written.origin}, version ${written.version}, validés hors ligne :`,
      ...written.files.map(
        ({ host, path, id }) =>
          `  ${path}  ${host === "word" ? "Word (TaskPaneApp)" : "Outlook (MailApp)"}, Id ${id}`
      ),
      "À déposer dans le centre d'administration Microsoft 365 : Paramètres › Applications intégrées › Charger des applications personnalisées.",
    ].join("\n"),
};

export type Messages = typeof fr;

const en: Messages = {
  lang: "en",
  usage: `Usage: plume <command> [options]

Commands:
  detect FILE|-           list the personal data found
  detect --jsonl          read {"id","text"} lines on standard input, write {"id","entities"}
  redact FILE|-           print the pseudonymised text; --vault FILE saves the mapping
  restore FILE|- --vault FILE
                          put the original values back into a pseudonymised text
  eval                    score the engine on the annotated corpora
  serve [--config FILE] [--dev]
                          start the gateway (plume.config.json, or PLUME_CONFIG)
  stop                    stop the gateway started by npm start
  audit verify [--db FILE] [--anchor N:HASH]…
                          check the audit trail's hash chain, and heads noted earlier
  audit export --format csv|jsonl [--since DATE] [--db FILE]
                          export the audit trail (no content)
  manifests --origin https://HOST --out DIR [--version X.Y.Z.W]
                          write the Word and Outlook manifests for that origin, validated offline

Options of detect and redact:
  --always-mask TERM      mask this term everywhere (repeatable)
  --never-mask TERM       never mask this term (repeatable)
  --min-score N           confidence threshold (0 to 1, default 0.5)
  --json                  JSON output (detect)
  --lang fr|en            language of messages

Options of manifests:
  --version X.Y.Z.W       version of the manifests (default: Plume's, X.Y.Z.0)
  --word-id GUID, --outlook-id GUID
                          keep the Id of add-ins already deployed from another origin`,
  unknownCommand: (name) => `Unknown command: "${name}". Type "plume --help".`,
  missingInput: 'Name a file to read, or "-" for standard input.',
  notFound: (path) => `File not found: ${path}`,
  notAFile: (path) => `Not a readable file: ${path}`,
  binary: (path) => `${path} looks like a binary file, not text: nothing was processed.`,
  invalidUtf8: (path) => `${path} is not valid UTF-8 text: save it as UTF-8 and try again.`,
  tooLarge: (path, mb) => `${path} is larger than ${mb} MB: split it before processing.`,
  vaultRequired: 'Name the mapping vault with --vault FILE (written by "plume redact --vault").',
  vaultInvalid: (path) => `${path} is not a valid Plume vault.`,
  badOption: (detail) => `Invalid option: ${detail}`,
  badScore: "--min-score takes a number between 0 and 1.",
  jsonlBadLine: (line) => `line ${line}: invalid JSON, or "text" missing or not a string`,
  unknownPlaceholders: (list) => `Placeholders unknown to the vault, left as they are: ${list}`,
  vaultWritten: (path, count) =>
    `Vault written to ${path} (${count} mappings). Keep it on this workstation.`,
  corpusMissing: (path) => `Corpus not found (${path}): skipped.`,
  internal: "Unexpected error: nothing was written. Run again with PLUME_DEBUG=1 for details.",
  serving: (info) =>
    [
      `Plume gateway listening on ${info.url}`,
      `  configuration: ${info.config ?? "defaults (no plume.config.json)"}`,
      `  allowed models: ${info.models.length ? info.models.join(", ") : "none (policy.models.allowed)"}`,
      `  Mistral: ${info.upstream === "demo" ? "no key: a local demonstration model answers (it sends back the start of the text it received); set MISTRAL_API_KEY for a real model" : (info.upstream ?? "not configured: set MISTRAL_API_KEY; model calls will answer 503")}`,
      `  sign-in: ${info.auth.length ? info.auth.join(" + ") : "none"}`,
      ...(info.addin
        ? [
            `Plume without Office, in the browser: ${info.addin.browser}`,
            `Manifests to sideload in Word and Outlook: ${info.addin.manifests.join(" ")}`,
          ]
        : ["Add-in not built (npm run build): only the API is served."]),
      "Ctrl+C to stop.",
    ].join("\n"),
  tlsNotFound: (variable, path) =>
    `Cannot start: ${path} (${variable}) does not exist: give the path of an existing PEM file.`,
  tlsIsDirectory: (variable, path) =>
    `Cannot start: ${path} (${variable}) is a directory: give the PEM file itself.`,
  tlsUnreadable: (variable, path) =>
    `Cannot start: ${path} (${variable}) cannot be read: give the account running the gateway permission to read it.`,
  tlsSwapped: (cert, key) =>
    `Cannot start: PLUME_TLS_CERT (${cert}) holds a private key and PLUME_TLS_KEY (${key}) a certificate: swap the two paths.`,
  tlsCertIsKey: (path) =>
    `Cannot start: PLUME_TLS_CERT (${path}) holds a private key, not a certificate: give the server's certificate, in PEM format.`,
  tlsNotCertificate: (path) =>
    `Cannot start: PLUME_TLS_CERT (${path}) is not a certificate in PEM format (-----BEGIN CERTIFICATE-----): give the server's certificate, converted to PEM if need be (openssl x509 -inform der).`,
  tlsKeyIsCertificate: (path) =>
    `Cannot start: PLUME_TLS_KEY (${path}) holds a certificate, not a private key: give the certificate's private key, in PEM format.`,
  tlsNotKey: (path) =>
    `Cannot start: PLUME_TLS_KEY (${path}) is not a private key in PEM format (-----BEGIN PRIVATE KEY-----): give the certificate's private key.`,
  tlsKeyEncrypted: (path) =>
    `Cannot start: the key PLUME_TLS_KEY (${path}) is protected by a passphrase, which the gateway cannot type: give an unencrypted copy (openssl pkey), readable by this account only.`,
  tlsMismatch: (cert, key) =>
    `Cannot start: the key PLUME_TLS_KEY (${key}) is not the one of the certificate PLUME_TLS_CERT (${cert}): give this certificate's private key.`,
  tlsRefused: (cert, key, detail) =>
    `Cannot start: OpenSSL refuses the certificate PLUME_TLS_CERT (${cert}) and its key PLUME_TLS_KEY (${key}) (${detail}): check them with openssl x509 and openssl pkey.`,
  portInUse: (host, port) =>
    `Cannot start: port ${port} is already in use on ${host}, perhaps by another gateway: stop the program using it, or choose another port (PORT or server.port).`,
  portDenied: (host, port) =>
    `Cannot start: the system does not allow opening port ${port} on ${host} (ports below 1024 are reserved to the administrator): choose a port from 1024 up (PORT or server.port).`,
  hostNotLocal: (host) =>
    `Cannot start: ${host} is not an address of this machine: give one of its own, 127.0.0.1, or 0.0.0.0 for all (HOST or server.host).`,
  hostUnknown: (host) =>
    `Cannot start: the name "${host}" gives no address: give an IP address of this machine, or 127.0.0.1 (HOST or server.host).`,
  auditNoDirectory: (path, dir) =>
    `Cannot start: the folder ${dir} of the audit trail ${path} does not exist: create it, or give another path (audit.path or PLUME_AUDIT_DB).`,
  auditIsDirectory: (path) =>
    `Cannot start: the audit trail ${path} is a directory: give a file (audit.path or PLUME_AUDIT_DB), e.g. ${join(path, "plume-audit.db")}.`,
  auditNotWritable: (path) =>
    `Cannot start: the audit trail ${path} cannot be written: give the account running the gateway permission to write this file and its folder (SQLite creates ${walFiles(path)} there), or give another path (audit.path or PLUME_AUDIT_DB).`,
  auditNotAudit: (path) =>
    `Cannot start: ${path} is not a Plume audit trail, and was left unchanged: give the path of the trail, or of a file to create (audit.path or PLUME_AUDIT_DB).`,
  stopping: "Stopping: answers in progress are finishing…",
  stopped: (pid) => `Development gateway (process ${pid}) stopping.`,
  notRunning: "No development gateway is running from this folder.",
  devToken: (token) =>
    `This session's dev token (PLUME_DEV_TOKEN, accepted on this machine only): ${token}`,
  untrustedDevCertificates: (ca) =>
    `Developer certificates made, but their authority could not be trusted by the system: trust ${ca} so that browsers and Office accept https://localhost.`,
  manifestsOriginRequired:
    "Give the gateway's https origin: --origin https://plume.example.gouv.fr.",
  manifestsOutRequired: "Give the folder to write the manifests to: --out DIR.",
  manifestsCannotValidate: (reason) =>
    `Manifests not written: the offline validation could not run. ${reason}`,
  manifestsInvalid: (count) =>
    `Manifests not written: the offline validation found ${count === 1 ? "1 problem" : `${count} problems`}.`,
  manifestsDowngrade: (path, deployed, version) =>
    `${path} is at version ${deployed}: version ${version} is lower and Office would not offer the update. Give a higher version (--version).`,
  manifestsCannotWrite: (path) =>
    `Cannot write ${path}: check that the folder exists or can be created, and the write permissions.`,
  manifestsWritten: (written) =>
    [
      `Plume manifests for ${written.origin}, version ${written.version}, validated offline:`,
      ...written.files.map(
        ({ host, path, id }) =>
          `  ${path}  ${host === "word" ? "Word (TaskPaneApp)" : "Outlook (MailApp)"}, Id ${id}`
      ),
      "To upload in the Microsoft 365 admin center: Settings › Integrated apps › Upload custom apps.",
    ].join("\n"),
};

export function messagesFor(lang: string | undefined): Messages {
  return lang?.toLowerCase().startsWith("en") ? en : fr;
}

/** French unless the environment's locale says English. */
export function localeFromEnv(env: Record<string, string | undefined>): string {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || "fr";
}
