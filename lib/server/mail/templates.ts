/**
 * The account mails, as plain text and simple HTML. Pure: the link, the names and the lifetimes come
 * in, a message comes out; nothing here sends or reads the environment.
 */

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** Which mail a message is, so tests and the log can tell them apart without parsing the text. */
export type MailKind = "password-reset" | "email-verification" | "email-change" | "sign-up-attempt";

export interface OutgoingMail extends MailContent {
  kind: MailKind;
  to: string;
}

const APP_NAME = "Caspian Recall";

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** A mail of paragraphs with one button-like link; the text version lists the link on its own line. */
function compose(options: {
  subject: string;
  greeting: string;
  before: string[];
  action: { label: string; link: string };
  after: string[];
}): MailContent {
  const { subject, greeting, before, action, after } = options;
  const text = [
    greeting,
    ...before,
    `${action.label}:\n${action.link}`,
    ...after,
    `— ${APP_NAME}`,
  ].join("\n\n");
  const paragraph = (p: string) => `<p>${escapeHtml(p)}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5;max-width:36em">',
    paragraph(greeting),
    ...before.map(paragraph),
    `<p><a href="${escapeHtml(action.link)}" style="display:inline-block;padding:.6em 1em;` +
      `background:#1d4ed8;color:#fff;border-radius:.4em;text-decoration:none">` +
      `${escapeHtml(action.label)}</a></p>`,
    `<p style="font-size:.9em;color:#555">Or open this address: ${escapeHtml(action.link)}</p>`,
    ...after.map(paragraph),
    paragraph(`— ${APP_NAME}`),
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}

const hours = (n: number) => (n === 1 ? "an hour" : `${n} hours`);

/** A link to choose a new password; `teacherName` when a teacher asked for it. */
export function passwordResetMail(options: {
  name: string;
  link: string;
  validHours: number;
  teacherName?: string;
}): MailContent {
  const reason = options.teacherName
    ? `Your teacher, ${options.teacherName}, asked for a link to be sent to you so you can choose a new password for ${APP_NAME}. They do not see this link.`
    : `Someone (we hope you) asked to reset the password of your ${APP_NAME} account.`;
  return compose({
    subject: `Choose a new password for ${APP_NAME}`,
    greeting: `Hello ${options.name},`,
    before: [reason],
    action: { label: "Choose a new password", link: options.link },
    after: [
      `The link works once, for ${hours(options.validHours)}. Choosing a new password signs you out everywhere else.`,
      "If you did not ask for this, ignore this mail: your password stays as it is.",
    ],
  });
}

/** A link to confirm the address an account was created with. */
export function emailVerificationMail(options: {
  name: string;
  link: string;
  validHours: number;
}): MailContent {
  return compose({
    subject: `Confirm your email address for ${APP_NAME}`,
    greeting: `Hello ${options.name},`,
    before: [
      `Please confirm that this is your address, so we can send you a link if you ever forget your ${APP_NAME} password.`,
    ],
    action: { label: "Confirm my address", link: options.link },
    after: [
      `The link works once, for ${hours(options.validHours)}.`,
      `If you did not create a ${APP_NAME} account, ignore this mail.`,
    ],
  });
}

/** A link to confirm a new address for an existing account; the change waits for it. */
export function emailChangeMail(options: {
  name: string;
  link: string;
  validHours: number;
}): MailContent {
  return compose({
    subject: `Confirm your new email address for ${APP_NAME}`,
    greeting: `Hello ${options.name},`,
    before: [
      `You asked to use this address for your ${APP_NAME} account. It takes effect once you confirm it.`,
    ],
    action: { label: "Use this address", link: options.link },
    after: [
      `The link works once, for ${hours(options.validHours)}.`,
      "If you did not ask for this, ignore this mail: the account keeps its old address.",
    ],
  });
}

/**
 * Sent instead of an error when someone signs up with an address that already has an account, so
 * the sign-up page never tells whether it does. The link resets the password of a confirmed
 * address, or confirms an address never confirmed (a reset can then be asked for).
 */
export function signUpAttemptMail(options: {
  name: string;
  link: string;
  linkKind: "reset" | "verify";
  validHours: number;
}): MailContent {
  const reset = options.linkKind === "reset";
  return compose({
    subject: `Someone tried to create a ${APP_NAME} account with your address`,
    greeting: `Hello ${options.name},`,
    before: [
      `Someone just tried to create a ${APP_NAME} account with this address, but you already have one, so no new account was made.`,
      reset
        ? "If it was you and you have forgotten your password, choose a new one here."
        : "Your address was never confirmed. If the account is yours, confirm it here; then you can sign in, or ask for a new password from the sign-in page.",
    ],
    action: reset
      ? { label: "Choose a new password", link: options.link }
      : { label: "Confirm my address", link: options.link },
    after: [
      `The link works once, for ${hours(options.validHours)}.`,
      "If it was not you, ignore this mail: nothing has changed.",
    ],
  });
}
