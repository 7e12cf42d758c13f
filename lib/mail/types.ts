/** A message to one person: what `sendMail` sends and the local outbox keeps. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}
