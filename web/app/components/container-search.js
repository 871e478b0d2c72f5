// The header's search box: a container number opens its page.
export function ContainerSearch() {
  return null;
}
