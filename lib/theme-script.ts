/**
 * Runs in <head> before first paint so the page never flashes the wrong theme. It is a constant
 * string, so a Content-Security-Policy can list its hash. Keep it tiny and free of dependencies.
 * A stored choice wins; otherwise the system preference; storage that throws counts as no choice.
 */
export const THEME_STORAGE_KEY = 'dockyard:theme';

export const themeScript = `(function(){var p=null;try{p=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}var d=p==='dark'||(p!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.dataset.theme=d?'dark':'light';})();`;
