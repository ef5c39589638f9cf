/** Types for scripts/engines.mjs (plain JavaScript, so the test runner's config can load it). */
export type EngineName = 'chromium' | 'firefox' | 'webkit';
export interface EngineInfo {
  label: string;
  apt: string[];
  find: () => string | undefined;
}
export declare const ENGINES: Record<EngineName, EngineInfo>;
export declare const ENGINE_NAMES: EngineName[];
export declare function selectedEngines(): EngineName[];
export declare function installHint(missing: EngineName[]): string;
