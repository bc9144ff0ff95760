/** The page's localStorage, or null where there is none or the browser refuses it (some privacy settings throw on merely reading it). */
export function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
