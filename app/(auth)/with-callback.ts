/** A link between sign-in and sign-up that keeps where to go afterwards. */
export function withCallback(path: string, callbackUrl: string | undefined): string {
  return callbackUrl ? `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}` : path;
}
