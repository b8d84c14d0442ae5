// Module resolution hook (see register.mjs): `electron` and `electron/*` → the recording stub.
const stub = new URL('./electron-stub.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) return { url: stub, shortCircuit: true };
  return nextResolve(specifier, context);
}
