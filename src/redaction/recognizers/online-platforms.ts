/**
 * The networks and messaging services a report names an account on, in lower case, as their
 * users write them.
 */
export const ONLINE_PLATFORMS = [
  "instagram",
  "insta",
  "facebook",
  "messenger",
  "twitter",
  "tiktok",
  "snapchat",
  "snap",
  "linkedin",
  "youtube",
  "twitch",
  "telegram",
  "signal",
  "whatsapp",
  "discord",
  "threads",
  "bluesky",
  "mastodon",
  "pinterest",
  "reddit",
  "github",
  "skype",
] as const;
