// The number of unhandled alerts of the caller's office, in the header on every page.
export function AlertCount() {
  return null;
}
