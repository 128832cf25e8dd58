/*
 * Mail bodies as Outlook hands them to add-ins, modelled on real messages: Outlook's plain-text
 * rendering (Office.CoercionType.Text) of replies from Outlook, Gmail and Thunderbird, and the HTML of
 * drafts in Outlook on the web, Outlook for Windows and Outlook mobile. French headers put a no-break
 * space before the colon, as Outlook writes them.
 */

const NBSP = "\u00a0";

export const NEW_TEXT =
  "Bonjour Madame,\n\nJe vous confirme le rendez-vous du 12 mars à 14 h.\n\nCordialement,\nJean Dupont";

/** Outlook on the web, French: its <hr> as a rule, then the header. */
export const OUTLOOK_FR_TEXT = `${NEW_TEXT}

________________________________
De${NBSP}: Marie Martin <marie.martin@exemple.fr>
Envoyé${NBSP}: lundi 3 mars 2025 10:02
À${NBSP}: Jean Dupont <jean.dupont@mairie-exemple.fr>
Objet${NBSP}: Demande de rendez-vous

Bonjour,

Je souhaiterais un rendez-vous pour mon permis de construire.

Marie Martin`;

/** Outlook for Windows, French, with its classic separator. */
export const OUTLOOK_CLASSIC_FR_TEXT = `${NEW_TEXT}

-----Message d'origine-----
De${NBSP}: MARTIN Marie
Envoyé${NBSP}: lundi 3 mars 2025 10:02
À${NBSP}: DUPONT Jean
Cc${NBSP}: Secrétariat urbanisme
Objet${NBSP}: RE: Demande de rendez-vous

Bonjour,`;

/** Outlook for Windows, English. */
export const OUTLOOK_CLASSIC_EN_TEXT = `Thanks, see you then.

-----Original Message-----
From: Marie Martin <marie.martin@example.org>
Sent: Monday, March 3, 2025 10:02 AM
To: Jean Dupont <jean.dupont@example.org>
Subject: Meeting

Hello,`;

/** Outlook's header without rule nor separator (Outlook for Windows, HTML rendered as text). */
export const OUTLOOK_HEADER_ONLY_TEXT = `Bien reçu, merci.

De${NBSP}: Marie Martin <marie.martin@exemple.fr>
Envoyé${NBSP}: lundi 3 mars 2025 10:02
À${NBSP}: Jean Dupont
Objet${NBSP}: Pièces manquantes

Voici les pièces.`;

/** Gmail, French, quoting with ">". */
export const GMAIL_FR_TEXT = `Merci pour votre retour rapide.

Le lun. 3 mars 2025 à 10:02, Jean Dupont <jean.dupont@exemple.fr> a écrit${NBSP}:
> Bonjour,
>
> Le dossier est complet.
>
> Jean`;

/** Gmail, French, its attribution wrapped at the address. */
export const GMAIL_FR_WRAPPED_TEXT = `D'accord.

Le lun. 3 mars 2025 à 10:02, Jean Dupont <
jean.dupont@exemple.fr> a écrit${NBSP}:

> Le dossier est complet.`;

/** Gmail, English. */
export const GMAIL_EN_TEXT = `Sounds good.

On Mon, Mar 3, 2025 at 10:02 AM Jean Dupont <jean.dupont@example.org> wrote:
> The file is complete.`;

/** Thunderbird, French. */
export const THUNDERBIRD_FR_TEXT = `Bonjour,

Voici ma réponse.

Le 03/03/2025 à 10:02, Jean Dupont a écrit${NBSP}:
> Pouvez-vous confirmer ?`;

/** Quoted lines with no attribution above them. */
export const QUOTED_ONLY_TEXT = `Oui, c'est exact.

> Le dossier est-il complet ?
> Merci de confirmer.`;

/** Not quoted history: a memo's header, a letter quoting someone, a lone ">" line. */
export const NO_HISTORY_TEXT = `Note de service

De${NBSP}: Direction des ressources humaines
À${NBSP}: Tous les services
Date${NBSP}: 3 mars 2025
Objet${NBSP}: Congés d'été

Le préfet a écrit${NBSP}:
« Les demandes sont à déposer avant le 1er avril. »

> 5 ans d'ancienneté : une semaine de plus.
Merci.`;

/** A thread of three messages as Outlook renders a reply to a reply (Gmail's quoting inside). */
export const THREAD_TEXT = `Je transmets au service instructeur.

________________________________
De${NBSP}: Marie Martin <marie.martin@exemple.fr>
Envoyé${NBSP}: mardi 4 mars 2025 09:15
À${NBSP}: Jean Dupont <jean.dupont@mairie-exemple.fr>
Objet${NBSP}: RE: Demande de rendez-vous

Voici le plan de masse.

Le lun. 3 mars 2025 à 10:02, Jean Dupont <jean.dupont@mairie-exemple.fr> a écrit${NBSP}:
> Merci d'envoyer le plan de masse.
>
> Le dim. 2 mars 2025 à 18:40, Marie Martin <marie.martin@exemple.fr> a écrit${NBSP}:
>> Bonjour, voici ma demande.`;

/** Outlook on the web: a reply being written, with its signature and the message it answers. */
export const OWA_REPLY_HTML = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Bonjour Madame,</div>
<div class="elementToProof" style="font-size: 12pt;"><br></div>
<div class="elementToProof" style="font-size: 12pt;">Je vous confirme le rendez-vous du 12&nbsp;mars.</div>
<div class="elementToProof" style="font-size: 12pt;"><br></div>
<div id="Signature"><div><p>Jean Dupont<br>Service urbanisme – Mairie d'Exemple</p></div></div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De&nbsp;:</b> Marie Martin &lt;marie.martin@exemple.fr&gt;<br><b>Envoyé&nbsp;:</b> lundi 3 mars 2025 10:02<br><b>À&nbsp;:</b> Jean Dupont &lt;jean.dupont@mairie-exemple.fr&gt;<br><b>Objet&nbsp;:</b> Demande de rendez-vous</font><div>&nbsp;</div></div>
<div><div class="x_elementToProof">Bonjour,</div><div id="x_Signature">Marie Martin</div></div>
</body></html>`;

/** The same reply without a signature: history starts at Outlook's appendonsend marker. */
export const OWA_REPLY_NO_SIGNATURE_HTML = OWA_REPLY_HTML.replace(
  /<div id="Signature">.*?<\/div><\/div>\n/s,
  ""
);

/** Outlook on the web: a new message with a signature. */
export const OWA_NEW_HTML = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div class="elementToProof">Madame, Monsieur,</div><div class="elementToProof"><br></div><div id="Signature" class="elementToProof"><p>Jean Dupont &amp; l'équipe</p></div></body></html>`;

/** A new message with neither signature nor history. */
export const BARE_HTML = `<html><body><div>Premier jet &lt;à relire&gt;</div></body></html>`;

/** Outlook for Windows: Word's HTML, the signature bookmarked, the header in a bordered div. */
export const OUTLOOK_WINDOWS_REPLY_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt;}
--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>
<body lang="FR" link="#0563C1" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal">Le dossier est transmis.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div><p class="MsoNormal"><a name="_MailAutoSig"><span style="color:#1F4E79">Jean Dupont</span></a><o:p></o:p></p>
<p class="MsoNormal"><span style="mso-bookmark:_MailAutoSig">Service urbanisme</span><o:p></o:p></p></div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>De&nbsp;:</b> Marie Martin &lt;marie.martin@exemple.fr&gt; <br><b>Envoyé&nbsp;:</b> lundi 3 mars 2025 10:02<br><b>À&nbsp;:</b> DUPONT Jean<br><b>Objet&nbsp;:</b> Pièces<o:p></o:p></p></div>
<p class="MsoNormal">Voici les pièces.<o:p></o:p></p>
</div></body></html>`;

/** Outlook mobile: its signature div, then the rule and the header. */
export const OUTLOOK_MOBILE_REPLY_HTML = `<html><body><div dir="ltr">Reçu, merci.</div><div id="ms-outlook-mobile-signature" dir="ltr">Envoyé de Outlook pour iOS</div><hr tabindex="-1" style="display:inline-block; width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>De&nbsp;:</b> Marie Martin<br><b>Envoyé&nbsp;:</b> lundi 3 mars 2025 10:02<br><b>Objet&nbsp;:</b> Pièces</div><div>Voici.</div></body></html>`;

/** A reply written in Gmail style HTML: "-- " signature prefix, then the quote. */
export const GMAIL_REPLY_HTML = `<div dir="ltr">Merci, c'est noté.<br clear="all"><br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">Camille Martin<br>Médiathèque des Tilleuls</div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Le lun. 5 oct. 2026 à 18:42, Jeanne Durand &lt;<a href="mailto:jeanne.durand@example.org">jeanne.durand@example.org</a>&gt; a écrit&nbsp;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Tu es libre ce week-end ?</blockquote></div>`;

/** Apple Mail: the attribution as a plain div, then a cite blockquote; a "-- " signature in the text. */
export const APPLE_REPLY_HTML = `<html><body><div>D'accord pour jeudi.</div><div><br></div><div>--&nbsp;</div><div>Jean</div><div><br><blockquote type="cite"><div>Le 3 mars 2025 à 10:02, Marie Martin &lt;marie.martin@exemple.fr&gt; a écrit&nbsp;:</div><div>Jeudi ?</div></blockquote></div></body></html>`;
